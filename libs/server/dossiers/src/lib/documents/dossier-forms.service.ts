import { Inject, Injectable } from '@nestjs/common';
import { dossierForms, localDateTime, parseDossierCode, STANDARD_FORM_TITLES, type DossierFormCode, type LocalDate } from '@dvc/shared/domain';
import { AppConfig, ForbiddenError, InvalidInputError, NotFoundError, type Actor } from '@dvc/server/core';
import {
  renderApologyLetter, renderProcessControlSheet, renderReceiptSlip, renderRefusalNotice, renderStopNotice, renderSupplementRequest,
  renderTrackingBook, type IssuingAgency, type StandardFormBase,
} from '@dvc/server/documents';
import { DeadlinesService, timeLimitOf } from '../deadlines.service';
import type { DossierRow } from '../dossier-views';
import { DossiersRepository } from '../dossiers.repository';
import { DossiersService } from '../dossiers.service';

export interface RenderedForm {
  fileName: string;
  pdf: Buffer;
}

const MAX_BOOK_DAYS = 92;

function notAvailable(form: string): NotFoundError {
  return new NotFoundError(
    'DOSSIER.FORM_NOT_AVAILABLE',
    `Hồ sơ chưa có ${STANDARD_FORM_TITLES[form as DossierFormCode]?.vi ?? `mẫu ${form}`} / This dossier has no such form yet`,
  );
}

/**
 * The standard forms (Mẫu 01–07) rendered from a dossier's current data and history, on request: they are plain
 * views of what the database holds, so there is nothing to keep in sync (signed results are files, see the worker).
 */
@Injectable()
export class DossierFormsService {
  constructor(
    private readonly repository: DossiersRepository,
    private readonly dossiers: DossiersService,
    private readonly deadlines: DeadlinesService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async render(actor: Actor, dossierId: string, form: DossierFormCode, now = new Date()): Promise<RenderedForm> {
    const dossier = await this.dossiers.readable(actor, dossierId);
    const events = await this.repository.events(dossier.id);
    if (!dossierForms(dossier.status, dossier.received_at !== null, events.map((event) => event.action)).includes(form)) throw notAvailable(form);
    const [agency, contact, version] = await Promise.all([
      this.header(dossier.agency_id),
      this.repository.applicantContact(dossier.id),
      this.deadlines.procedureVersion(dossier.procedure_version_id),
    ]);
    const base: StandardFormBase = { agency, place: this.config.PROVINCE_PLACE, issuedAt: now };
    const applicant = { name: dossier.applicant_name, ...(contact?.email ? { email: contact.email } : {}), ...(contact?.phone ? { phone: contact.phone } : {}) };
    const last = (action: string) => [...events].reverse().find((event) => event.action === action);
    const lookupUrl = `${this.config.PUBLIC_BASE_URL}/tra-cuu?code=${encodeURIComponent(dossier.code)}&secret=${dossier.tracking_secret}`;
    const fileName = `mau-${form}-${dossier.code}.pdf`;
    switch (form) {
      case '01': {
        const accept = last('accept');
        const files = await this.repository.files(dossier.id);
        const components = new Map(version.components.map((component) => [component.code, component]));
        const paid = events.some((event) => event.action === 'confirm_payment');
        return {
          fileName,
          pdf: await renderReceiptSlip({
            ...base, issuedAt: dossier.received_at ?? now, receiptNumber: dossier.code, dossierCode: dossier.code, applicant,
            procedureName: dossier.procedure_name,
            documents: files.filter((file) => file.kind === 'attachment').map((file) => {
              const component = file.component_code ? components.get(file.component_code) : undefined;
              return { name: component?.name ?? file.file_name, kind: component && component.originals > 0 ? 'original' : 'copy', quantity: 1 };
            }),
            sets: 1, legalTime: timeLimitOf(version), receivedAt: dossier.received_at ?? now,
            appointmentAt: await this.appointment(dossier), collectAt: `Bộ phận Một cửa — ${dossier.agency_name}`,
            fee: { amount: version.feeTotal, status: version.feeTotal === 0 ? 'exempt' : paid ? 'paid' : 'unpaid' },
            trackingSecret: dossier.tracking_secret, lookupUrl,
            bookEntry: { number: parseDossierCode(dossier.code)?.seq ?? dossier.code }, receivingOfficer: accept?.actor_name ?? '',
          }),
        };
      }
      case '02': {
        const request = last('request_supplement');
        return {
          fileName,
          pdf: await renderSupplementRequest({
            ...base, issuedAt: request?.occurred_at ?? now, dossierCode: dossier.code, applicant, procedureName: dossier.procedure_name,
            items: (request?.payload.items ?? []).map((item) => ({ item, requirement: 'Bổ sung / hoàn thiện theo quy định' })),
            reason: request?.reason ?? '', contact: { name: request?.actor_name ?? '', phone: `Bộ phận Một cửa — ${dossier.agency_name}` },
            officer: request?.actor_name ?? '', lookupUrl,
          }),
        };
      }
      case '03': {
        const refusal = last('refuse');
        return {
          fileName,
          pdf: await renderRefusalNotice({
            ...base, issuedAt: refusal?.occurred_at ?? now, dossierCode: dossier.code, applicant, procedureName: dossier.procedure_name,
            reasons: [refusal?.reason ?? ''], officer: refusal?.actor_name ?? '',
          }),
        };
      }
      case '04': {
        const apology = last('apologise');
        return {
          fileName,
          pdf: await renderApologyLetter({
            ...base, issuedAt: apology?.occurred_at ?? now, dossierCode: dossier.code, applicant, procedureName: dossier.procedure_name,
            receivedAt: dossier.received_at ?? now,
            originalAppointmentAt: new Date(apology?.payload.previousDueAt ?? now), newAppointmentAt: new Date(apology?.payload.newDueAt ?? now),
            reason: apology?.reason ?? '', head: { name: apology?.actor_name ?? '', position: 'Thủ trưởng cơ quan' }, lookupUrl,
          }),
        };
      }
      case '05': {
        const withdrawal = last('withdraw');
        return {
          fileName,
          pdf: await renderStopNotice({
            ...base, issuedAt: withdrawal?.occurred_at ?? now, dossierCode: dossier.code, applicant, procedureName: dossier.procedure_name,
            ...(dossier.received_at ? { receivedAt: dossier.received_at } : {}), requestedAt: withdrawal?.occurred_at ?? now,
            reason: 'withdrawn', ...(withdrawal?.reason ? { detail: withdrawal.reason } : {}), signer: { name: 'Bộ phận Một cửa', position: dossier.agency_name },
          }),
        };
      }
      case '06': {
        const steps = await this.repository.steps(dossier.id);
        return {
          fileName,
          pdf: await renderProcessControlSheet({
            ...base, dossierCode: dossier.code, receiptNumber: dossier.code, applicantName: dossier.applicant_name,
            procedureName: dossier.procedure_name, leadAgency: dossier.processing_agency_name,
            coordinatingAgencies: steps.filter((step) => step.kind === 'consultation').map((step) => step.agency_name),
            receivedAt: dossier.received_at ?? now, appointmentAt: await this.appointment(dossier),
            steps: steps.map((step) => ({
              agency: step.agency_name, step: step.name, handedOverAt: step.started_at, giver: step.handed_over_by ?? '',
              receiver: step.assignee_name ?? step.role, ...(step.due_at ? { dueAt: step.due_at } : {}),
              ...(step.finished_at ? { finishedAt: step.finished_at } : {}), ...(step.outcome ? { outcome: step.outcome } : {}),
              ...(step.note ? { note: step.note } : {}),
            })),
          }),
        };
      }
    }
  }

  /** The tracking book of an agency for a period (both days included), for its staff. */
  async trackingBook(actor: Actor, agencyId: string, from: LocalDate, to: LocalDate, now = new Date()): Promise<RenderedForm> {
    if (!actor.agencyIds.includes(agencyId)) {
      throw new ForbiddenError('DOSSIER.OUT_OF_SCOPE', 'Bạn không thuộc cơ quan này / You do not work for this agency');
    }
    const start = localDateTime(from, 0);
    const end = localDateTime(to, 24 * 60);
    const days = (end.getTime() - start.getTime()) / 86_400_000;
    if (days <= 0 || days > MAX_BOOK_DAYS) {
      throw new InvalidInputError('DOSSIER.PERIOD_INVALID', `Khoảng thời gian phải từ 1 đến ${MAX_BOOK_DAYS} ngày / The period must be 1 to ${MAX_BOOK_DAYS} days`, [
        { field: 'to', code: 'PERIOD', message: `${from} – ${to}` },
      ]);
    }
    const [agency, rows] = await Promise.all([this.header(agencyId), this.repository.trackingBook(agencyId, start, end)]);
    return {
      fileName: `so-theo-doi-${from}-${to}.pdf`,
      pdf: await renderTrackingBook({
        agency, place: this.config.PROVINCE_PLACE, issuedAt: now, period: { from, to },
        entries: rows.map((row) => ({
          number: parseDossierCode(row.code)?.seq ?? row.code, dossierCode: row.code, procedureName: row.procedure_name, sets: 1,
          applicant: { name: row.applicant_name, ...(row.applicant_phone ? { phone: row.applicant_phone } : {}) },
          leadAgency: row.processing_agency_name, receivedAt: row.received_at, appointmentAt: row.due_at ?? row.received_at,
          transferredAt: row.transferred_at, backFromAgencyAt: row.back_at, returnedAt: row.returned_at,
        })),
      }),
    };
  }

  /** The appointment printed on forms: the due date, or while paused the last one the ledger knew. */
  private async appointment(dossier: DossierRow): Promise<Date> {
    if (dossier.due_at) return dossier.due_at;
    const deadline = await this.deadlines.view(dossier);
    const lastDue = [...deadline.ledger].reverse().find((line) => line.dueAt !== null)?.dueAt;
    return lastDue ? new Date(lastDue) : (dossier.received_at ?? dossier.submitted_at);
  }

  private async header(agencyId: string): Promise<IssuingAgency> {
    const agency = await this.repository.agencyHeader(agencyId);
    if (!agency) throw new NotFoundError('CATALOGUE.AGENCY_NOT_FOUND', 'Không tìm thấy cơ quan / Agency not found');
    return { name: agency.name, ...(agency.parent_name ? { parentName: agency.parent_name } : {}) };
  }
}
