import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AgencyMergeRegistry, type AgencyMergeContext, type OpenDossierTransfer } from '@dvc/server/catalogue';
import { DossiersRepository } from '../dossiers.repository';

/**
 * The dossiers' part of an agency merger (the catalogue's AgencyMergeService calls it in its transaction): open
 * dossiers processed by the merged agency move to its successor, each with an `agency_merged` entry appended to its
 * hash-chained history. Nothing else changes: not the due date, the code, the receiving agency or any document. Like
 * the system's other entries (deadline_recomputed) it writes no outbox row: no status changed, nobody is notified.
 */
@Injectable()
export class OpenDossierTransferService implements OpenDossierTransfer, OnModuleInit {
  constructor(
    private readonly registry: AgencyMergeRegistry,
    private readonly repository: DossiersRepository,
  ) {}

  onModuleInit(): void {
    this.registry.registerDossierTransfer(this);
  }

  async moveOpenDossiers(manager: EntityManager, merge: AgencyMergeContext): Promise<number> {
    const moved = await this.repository.moveOpenProcessing(manager, merge.agencyId, merge.successorId);
    for (const dossier of moved) {
      await this.repository.appendEvent(manager, {
        dossierId: dossier.id, action: 'agency_merged', fromStatus: dossier.status, toStatus: dossier.status,
        actorUserId: merge.actor.userId, actorName: merge.actor.name, actorRole: merge.actor.role, reason: merge.reason,
        payload: { agencyName: merge.successorName }, occurredAt: merge.occurredAt,
      });
    }
    return moved.length;
  }
}
