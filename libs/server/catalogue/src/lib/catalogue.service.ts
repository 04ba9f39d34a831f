import { Injectable } from '@nestjs/common';
import {
  DEFAULT_OFFICE_HOURS, officeHoursToText, parseOfficeHours, WorkingCalendar, type CalendarException, type LocalDate,
  type OfficeHoursText,
} from '@dvc/shared/domain';
import type {
  AgencyOfficeHoursView, AgencySummary, CalendarChangeResult, CalendarDayRequest, CalendarDayView, Page, ProcedureDetail,
  ProcedureSummary, SectorSummary, WorkingDaysResponse,
} from '@dvc/shared/contracts';
import { Actor, ForbiddenError, InvalidInputError, NotFoundError, OutboxWriter } from '@dvc/server/core';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueAnswerCache } from './catalogue-answer-cache';
import type { ProcedureQueryDto } from './dto/catalogue-query.dto';

const DEFAULT_PAGE_SIZE = 20;
/**
 * Calendar edits are rare; a minute of staleness (in other processes: the editing one drops its cache at once) is fine
 * and saves queries per deadline computed. The worker recomputes open dossiers from fresh data after an edit.
 */
const CALENDAR_TTL_MS = 60_000;

function agencyNotFound(): NotFoundError {
  return new NotFoundError('CATALOGUE.AGENCY_NOT_FOUND', 'Không tìm thấy cơ quan / Agency not found');
}

@Injectable()
export class CatalogueService {
  private daysCache?: { days: CalendarException[]; loadedAt: number };
  private readonly calendars = new Map<string, { calendar: WorkingCalendar; loadedAt: number }>();

  constructor(
    private readonly repository: CatalogueRepository,
    private readonly outbox: OutboxWriter,
    private readonly answers: CatalogueAnswerCache,
  ) {}

  /**
   * Published procedures by words and filters. Repeated searches (citizens type the same popular words again and
   * again) are answered by the controller's CatalogueAnswerCache before they reach this method.
   */
  async search(query: ProcedureQueryDto): Promise<Page<ProcedureSummary>> {
    const page = query.page ?? 1;
    const size = query.size ?? DEFAULT_PAGE_SIZE;
    const filter = { sector: query.sector, agencyId: query.agency, level: query.level, applicantType: query.applicantType, featured: query.featured };
    const { items, total } = await this.repository.searchPublished(query.q ?? '', filter, size, (page - 1) * size);
    return { items, total, page, size };
  }

  /** A publication or retirement changed what citizens may find. */
  catalogueChanged(): void {
    this.answers.clear();
  }

  sectors(): Promise<SectorSummary[]> {
    return this.repository.sectors();
  }

  async detail(code: string): Promise<ProcedureDetail> {
    const version = await this.repository.findPublishedVersion(code);
    if (!version) {
      throw new NotFoundError(
        'CATALOGUE.PROCEDURE_NOT_FOUND',
        `Không tìm thấy thủ tục "${code}" / Procedure "${code}" was not found`,
      );
    }
    return {
      code: version.procedureCode,
      versionId: version.id,
      versionNumber: version.versionNumber,
      decision: version.decisionNumber && version.decisionDate ? { number: version.decisionNumber, date: version.decisionDate } : null,
      effectiveFrom: version.effectiveFrom,
      record: version.record,
      featured: version.featured,
      name: version.name,
      sectorCode: version.sectorCode,
      sectorName: version.sectorName,
      level: version.level,
      onlineLevel: version.onlineLevel,
      timeLimit: { value: version.timeLimitValue, unit: version.timeLimitUnit },
      feeTotal: version.feeTotal,
      description: version.description,
      conditions: version.conditions,
      steps: version.steps,
      components: version.components,
      fees: version.fees,
      results: version.results,
      legalBasis: version.legalBasis,
      formFields: version.formFields,
      agencies: await this.repository.onlineAgenciesFor(version.procedureId),
    };
  }

  agencies(): Promise<AgencySummary[]> {
    return this.repository.listAgencies();
  }

  async workingDays(from: LocalDate, days: number, agencyId?: string): Promise<WorkingDaysResponse> {
    if (Number.isNaN(Date.parse(`${from}T00:00:00Z`)) || new Date(`${from}T00:00:00Z`).toISOString().slice(0, 10) !== from) {
      throw new InvalidInputError('CALENDAR.INVALID_DATE', `Ngày "${from}" không hợp lệ / "${from}" is not a valid date`, [
        { field: 'from', code: 'IS_DATE', message: 'YYYY-MM-DD' },
      ]);
    }
    const calendar = await this.calendar(agencyId);
    return { from, days, date: calendar.addWorkingDays(from, days) };
  }

  /**
   * The working calendar of an agency: the province's days off and make-up working days, with the office hours of
   * the agency or its nearest ancestor (the default hours when none is set). Without an agency: the province's.
   */
  async calendar(agencyId?: string, options: { fresh?: boolean } = {}): Promise<WorkingCalendar> {
    const key = agencyId ?? '';
    const cached = this.calendars.get(key);
    if (!options.fresh && cached && Date.now() - cached.loadedAt < CALENDAR_TTL_MS) return cached.calendar;
    const days = await this.calendarDays(options.fresh === true);
    let hours = DEFAULT_OFFICE_HOURS;
    if (agencyId) {
      const found = await this.repository.officeHoursOf(agencyId);
      if (!found) throw agencyNotFound();
      const parsed = found.inherited ? parseOfficeHours(found.inherited) : null;
      if (parsed?.ok) hours = parsed.hours;
    }
    const calendar = new WorkingCalendar(days, hours);
    this.calendars.set(key, { calendar, loadedAt: Date.now() });
    return calendar;
  }

  calendarDaysOfYear(year: number): Promise<CalendarDayView[]> {
    return this.repository.calendarDaysOfYear(year);
  }

  /** Sets a day off or a make-up working day; open dossiers' due dates are recomputed by the worker (outbox). */
  async setCalendarDay(actor: Actor, day: LocalDate, request: CalendarDayRequest, correlationId: string | null): Promise<CalendarChangeResult> {
    this.assertProvinceAdmin(actor);
    const reason = request.reason.trim();
    const kindText = request.kind === 'day_off' ? 'ngày nghỉ' : 'ngày làm việc bù';
    await this.repository.transaction(async (manager) => {
      await this.repository.upsertCalendarDay(manager, { day, kind: request.kind, reason });
      await this.outbox.write(manager, 'calendar.changed', actor.userId, {
        change: `Lịch làm việc: ${formatDay(day)} là ${kindText} (${reason}) / Calendar: ${day} is now a ${request.kind === 'day_off' ? 'day off' : 'make-up working day'}`,
        agencyId: null,
      }, correlationId);
    });
    this.dropCaches();
    return { saved: true, recomputationQueued: true };
  }

  async deleteCalendarDay(actor: Actor, day: LocalDate, correlationId: string | null): Promise<CalendarChangeResult> {
    this.assertProvinceAdmin(actor);
    await this.repository.transaction(async (manager) => {
      const removed = await this.repository.deleteCalendarDay(manager, day);
      if (!removed) {
        throw new NotFoundError('CALENDAR.DAY_NOT_FOUND', `Ngày ${formatDay(day)} không có trong lịch / ${day} is not in the calendar`);
      }
      await this.outbox.write(manager, 'calendar.changed', actor.userId, {
        change: `Lịch làm việc: bỏ ${formatDay(day)} (${removed.reason}) khỏi lịch / Calendar: ${day} is an ordinary day again`,
        agencyId: null,
      }, correlationId);
    });
    this.dropCaches();
    return { saved: true, recomputationQueued: true };
  }

  async officeHours(agencyId: string): Promise<AgencyOfficeHoursView> {
    const found = await this.repository.officeHoursOf(agencyId);
    if (!found) throw agencyNotFound();
    return { agencyId, own: found.own, effective: found.inherited ?? officeHoursToText(DEFAULT_OFFICE_HOURS) };
  }

  /** An agency's own office hours (null: inherit); province admins for any agency, agency admins for their own. */
  async setOfficeHours(actor: Actor, agencyId: string, hours: OfficeHoursText | null, correlationId: string | null): Promise<AgencyOfficeHoursView> {
    const mayEdit = actor.role === 'province_admin' || (actor.role === 'agency_admin' && actor.agencyIds.includes(agencyId));
    if (!mayEdit) {
      throw new ForbiddenError('CALENDAR.NOT_ALLOWED', 'Chỉ quản trị tỉnh hoặc quản trị của cơ quan được sửa giờ làm việc / Only the province admin or this agency\'s admin may change its office hours');
    }
    if (hours) {
      const parsed = parseOfficeHours(hours);
      if (!parsed.ok) throw new InvalidInputError('CALENDAR.OFFICE_HOURS_INVALID', parsed.problem, [{ field: 'segments', code: 'INVALID', message: parsed.problem }]);
    }
    if (!(await this.repository.officeHoursOf(agencyId))) throw agencyNotFound();
    await this.repository.transaction(async (manager) => {
      await this.repository.setOfficeHours(manager, agencyId, hours);
      const text = hours ? hours.segments.map((segment) => `${segment.start}–${segment.end}`).join(', ') + `, chốt ${hours.cutoff}` : 'theo cơ quan cấp trên';
      await this.outbox.write(manager, 'calendar.changed', actor.userId, {
        change: `Giờ làm việc của cơ quan: ${text} / Office hours changed`,
        agencyId,
      }, correlationId);
    });
    this.dropCaches();
    return this.officeHours(agencyId);
  }

  private async calendarDays(fresh: boolean): Promise<CalendarException[]> {
    if (!fresh && this.daysCache && Date.now() - this.daysCache.loadedAt < CALENDAR_TTL_MS) return this.daysCache.days;
    const days = (await this.repository.calendarDays()).map(({ day, kind, reason }) => ({ day, kind, reason }));
    this.daysCache = { days, loadedAt: Date.now() };
    return days;
  }

  private dropCaches(): void {
    this.daysCache = undefined;
    this.calendars.clear();
  }

  private assertProvinceAdmin(actor: Actor): void {
    if (actor.role !== 'province_admin') {
      throw new ForbiddenError('CALENDAR.NOT_ALLOWED', 'Chỉ quản trị tỉnh được sửa lịch làm việc / Only the province admin may change the calendar');
    }
  }
}

/** 27/11/2026 */
function formatDay(day: LocalDate): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

