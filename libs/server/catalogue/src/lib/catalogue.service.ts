import { Injectable } from '@nestjs/common';
import { WorkingCalendar, type LocalDate } from '@dvc/shared/domain';
import type { AgencySummary, Page, ProcedureDetail, ProcedureSummary, WorkingDaysResponse } from '@dvc/shared/contracts';
import { InvalidInputError, NotFoundError } from '@dvc/server/core';
import { CatalogueRepository } from './catalogue.repository';
import type { ProcedureQueryDto } from './dto/catalogue-query.dto';

const DEFAULT_PAGE_SIZE = 20;
/** Calendar edits are rare; a minute of staleness is fine and saves a query per deadline computed. */
const CALENDAR_TTL_MS = 60_000;

@Injectable()
export class CatalogueService {
  private calendarCache?: { calendar: WorkingCalendar; loadedAt: number };

  constructor(private readonly repository: CatalogueRepository) {}

  async search(query: ProcedureQueryDto): Promise<Page<ProcedureSummary>> {
    const page = query.page ?? 1;
    const size = query.size ?? DEFAULT_PAGE_SIZE;
    const { items, total } = await this.repository.searchPublished(query.q ?? '', size, (page - 1) * size);
    return { items, total, page, size };
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

  async workingDays(from: LocalDate, days: number): Promise<WorkingDaysResponse> {
    const calendar = await this.calendar();
    if (Number.isNaN(Date.parse(`${from}T00:00:00Z`))) {
      throw new InvalidInputError('CALENDAR.INVALID_DATE', `Ngày "${from}" không hợp lệ / "${from}" is not a valid date`);
    }
    return { from, days, date: calendar.addWorkingDays(from, days) };
  }

  /** The province's working calendar (weekends, holidays, make-up working days). */
  async calendar(): Promise<WorkingCalendar> {
    const now = Date.now();
    if (this.calendarCache && now - this.calendarCache.loadedAt < CALENDAR_TTL_MS) return this.calendarCache.calendar;
    const days = await this.repository.calendarDays();
    const calendar = new WorkingCalendar(days.map(({ day, kind, reason }) => ({ day, kind, reason })));
    this.calendarCache = { calendar, loadedAt: now };
    return calendar;
  }
}
