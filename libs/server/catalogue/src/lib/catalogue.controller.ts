import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AgencySummary, Page, ProcedureDetail, ProcedureSummary, SectorSummary, WorkingDaysResponse } from '@dvc/shared/contracts';
import { Public } from '@dvc/server/core';
import { CatalogueService } from './catalogue.service';
import { CatalogueAnswerCache } from './catalogue-answer-cache';
import { ProcedureQueryDto, WorkingDaysQueryDto } from './dto/catalogue-query.dto';

@ApiTags('catalogue')
@Public()
@Controller('v1')
export class CatalogueController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly answers: CatalogueAnswerCache,
  ) {}

  @Get('procedures')
  @ApiOperation({ summary: 'Search or browse published procedures (diacritic-insensitive, typo-tolerant; sector, agency, level, applicant type, featured)' })
  async search(@Query() query: ProcedureQueryDto, @Req() request: FastifyRequest): Promise<Page<ProcedureSummary>> {
    const page = await this.catalogue.search(query);
    this.answers.set(request.url, JSON.stringify(page));
    return page;
  }

  @Get('procedures/:code')
  @ApiOperation({ summary: 'A published procedure with components, fees, form fields and where to file it' })
  async detail(@Param('code') code: string, @Req() request: FastifyRequest): Promise<ProcedureDetail> {
    const detail = await this.catalogue.detail(code);
    this.answers.set(request.url, JSON.stringify(detail));
    return detail;
  }

  @Get('sectors')
  @ApiOperation({ summary: 'Sectors with how many published procedures each has' })
  sectors(): Promise<SectorSummary[]> {
    return this.catalogue.sectors();
  }

  @Get('agencies')
  @ApiOperation({ summary: 'Current agencies (the tree is given by parentId)' })
  agencies(): Promise<AgencySummary[]> {
    return this.catalogue.agencies();
  }

  @Get('calendar/working-days')
  @ApiOperation({ summary: 'The date N working days after `from`, by the province calendar' })
  workingDays(@Query() query: WorkingDaysQueryDto): Promise<WorkingDaysResponse> {
    return this.catalogue.workingDays(query.from, query.days, query.agency);
  }
}
