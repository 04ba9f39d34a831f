import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AgencyMergeResult } from '@dvc/shared/contracts';
import { Actor, correlationIdOf, CurrentActor, Roles } from '@dvc/server/core';
import { AgencyParamDto } from '../dto/catalogue-query.dto';
import { AgencyMergeDto } from './agency-merge.dto';
import { AgencyMergeService } from './agency-merge.service';

/** The province's agencies as data (province admins): mergers. */
@ApiTags('agencies admin')
@ApiCookieAuth()
@Roles('province_admin')
@Controller('v1/admin/agencies')
export class AgenciesAdminController {
  constructor(private readonly merges: AgencyMergeService) {}

  @Post(':id/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge an agency into its successor: procedures, staff, open dossiers and sub-agencies move; the agency ends today' })
  merge(@Param() params: AgencyParamDto, @Body() body: AgencyMergeDto, @CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<AgencyMergeResult> {
    return this.merges.merge(actor, params.id, body, correlationIdOf(request));
  }
}
