import { Injectable, Logger } from '@nestjs/common';
import { toLocalDate } from '@dvc/shared/domain';
import type { AgencyMergeRequest, AgencyMergeResult } from '@dvc/shared/contracts';
import { AuditLog, ForbiddenError, InvalidInputError, NotFoundError } from '@dvc/server/core';
import { CatalogueService } from '../catalogue.service';
import { AgencyMergeRegistry, type AgencyMergeContext, type MergeActor } from './agency-merge.port';
import { AgencyMergeRepository } from './agency-merge.repository';
import { mergeRefusal, planAssignmentMerge } from './agency-merge.rules';

const MIN_REASON_LENGTH = 3;

/**
 * Merges an agency into its successor, as the 2025 reorganisation did (context.md): the successor takes over the
 * procedures the agency offered, its staff, its open dossiers (same due dates, codes and documents, each move in the
 * dossier's history) and its sub-agencies; the agency ends today with a link to its successor and stays as history.
 * One transaction, audited. Province administrators only.
 */
@Injectable()
export class AgencyMergeService {
  private readonly logger = new Logger(AgencyMergeService.name);

  constructor(
    private readonly repository: AgencyMergeRepository,
    private readonly registry: AgencyMergeRegistry,
    private readonly catalogue: CatalogueService,
    private readonly audit: AuditLog,
  ) {}

  async merge(actor: MergeActor, agencyId: string, request: AgencyMergeRequest, correlationId: string | null = null, now = new Date()): Promise<AgencyMergeResult> {
    if (actor.role !== 'province_admin') {
      throw new ForbiddenError('AGENCY.MERGE_NOT_ALLOWED', 'Chỉ quản trị tỉnh được sáp nhập cơ quan / Only the province admin may merge agencies');
    }
    const reason = request.reason.trim();
    if (reason.length < MIN_REASON_LENGTH) {
      throw new InvalidInputError('AGENCY.MERGE_REASON_REQUIRED', 'Hãy nêu căn cứ sáp nhập / Give the reason for the merger', [
        { field: 'reason', code: 'MIN_LENGTH', message: `at least ${MIN_REASON_LENGTH} characters` },
      ]);
    }
    const transfer = this.registry.dossierTransfer();
    const today = toLocalDate(now);
    const successorId = request.successorId;

    const result = await this.repository.transaction(async (manager) => {
      const locked = await this.repository.lock(manager, [agencyId, successorId]);
      const agency = locked.find((row) => row.id === agencyId);
      if (!agency) throw new NotFoundError('AGENCY.NOT_FOUND', 'Không tìm thấy cơ quan / Agency not found');
      const successor = locked.find((row) => row.id === successorId);
      if (!successor) throw new NotFoundError('AGENCY.SUCCESSOR_NOT_FOUND', 'Không tìm thấy cơ quan tiếp nhận / Successor agency not found');
      const descendant = agency.id !== successor.id && (await this.repository.isDescendant(manager, agency.id, successor.id));
      const refusal = mergeRefusal(agency, successor, today, descendant);
      if (refusal) throw refusal;

      const plan = planAssignmentMerge(await this.repository.assignments(manager, agency.id), await this.repository.assignments(manager, successor.id));
      await this.repository.mergeAssignments(manager, agency.id, successor.id, plan);
      const staff = await this.repository.moveStaff(manager, agency.id, successor.id);
      const context: AgencyMergeContext = {
        agencyId: agency.id, agencyName: agency.name, successorId: successor.id, successorName: successor.name, reason,
        actor: { userId: actor.userId, name: actor.fullName, role: actor.userId === null ? 'system' : actor.role },
        occurredAt: now, correlationId,
      };
      const openDossiers = await transfer.moveOpenDossiers(manager, context);
      const childAgencies = await this.repository.moveChildren(manager, agency.id, successor.id, today);
      await this.repository.close(manager, agency.id, successor.id, today);

      const counts = { procedures: plan.moved.length + plan.raised.length + plan.kept.length, staff, openDossiers };
      await this.audit.record(manager, actor, 'agency.merge', { type: 'agency', id: agency.id }, {
        agencyCode: agency.code, successorId: successor.id, successorCode: successor.code, reason, validTo: today, ...counts,
        proceduresMoved: plan.moved.length, proceduresRaised: plan.raised.length, proceduresKept: plan.kept.length, childAgencies,
      });
      return { agencyId: agency.id, successorId: successor.id, ...counts };
    });
    this.catalogue.catalogueChanged();
    this.logger.log({ ...result, correlationId }, 'agency merged');
    return result;
  }
}
