import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DOSSIER_ACTIONS, type DossierAction } from '@dvc/shared/domain';
import type { DossierDetail, DossierSummary, JobFailureView, Page, StaffMember, TrackingView } from '@dvc/shared/contracts';
import { Actor, correlationIdOf, CurrentActor, InvalidInputError, Public, Roles } from '@dvc/server/core';
import { DossierFormsService, type RenderedForm } from './documents/dossier-forms.service';
import { DossierActionsService } from './dossier-actions.service';
import { DossiersService } from './dossiers.service';
import {
  DeskInboxQueryDto, DossierActionDto, DossierFormParamDto, PageQueryDto, StaffQueryDto, SubmitDossierDto, TrackingBookQueryDto, TrackingQueryDto,
} from './dto/dossier.dto';
import { FileStorage } from './files/file-storage';

const UUID = new ParseUUIDPipe({
  exceptionFactory: () => new InvalidInputError('VALIDATION.INVALID_ID', 'Mã định danh không hợp lệ / The id in the address is not valid'),
});

async function sendPdf(reply: FastifyReply, form: RenderedForm): Promise<void> {
  await reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(form.fileName)}`)
    .header('cache-control', 'private, no-store')
    .send(form.pdf);
}

function parseAction(value: string): DossierAction {
  if ((DOSSIER_ACTIONS as readonly string[]).includes(value) && value !== 'submit') return value as DossierAction;
  throw new InvalidInputError(
    'DOSSIER.UNKNOWN_ACTION',
    `Thao tác "${value}" không tồn tại / Unknown action "${value}"`,
    [{ field: 'action', code: 'IS_IN', message: DOSSIER_ACTIONS.filter((action) => action !== 'submit').join(', ') }],
  );
}

@ApiTags('dossiers')
@ApiCookieAuth()
@Controller('v1/dossiers')
export class DossiersController {
  constructor(
    private readonly dossiers: DossiersService,
    private readonly actions: DossierActionsService,
    private readonly forms: DossierFormsService,
    private readonly storage: FileStorage,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('citizen')
  @ApiOperation({ summary: 'File a dossier online (files uploaded first via POST /api/v1/files)' })
  submit(@Body() body: SubmitDossierDto, @CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<DossierDetail> {
    return this.dossiers.submit(actor, body, correlationIdOf(request));
  }

  @Get('mine')
  @Roles('citizen')
  @ApiOperation({ summary: "The citizen's own dossiers, newest first" })
  mine(@Query() query: PageQueryDto, @CurrentActor() actor: Actor): Promise<Page<DossierSummary>> {
    return this.dossiers.mine(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One dossier with its files, history and the actions the caller may take' })
  get(@Param('id', UUID) id: string, @CurrentActor() actor: Actor): Promise<DossierDetail> {
    return this.dossiers.get(actor, id);
  }

  @Get(':id/files/:fileId')
  @ApiOperation({ summary: "Download an attachment or the result document" })
  async file(
    @Param('id', UUID) id: string,
    @Param('fileId', UUID) fileId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.dossiers.file(actor, id, fileId);
    await reply
      .header('content-type', file.content_type)
      .header('content-length', String(file.size_bytes))
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
      .header('cache-control', 'private, no-store')
      .send(this.storage.open(file.storage_key));
  }

  @Get(':id/forms/:form')
  @ApiOperation({ summary: 'A standard form of the dossier as PDF (01 receipt, 02 supplement, 03 refusal, 04 apology, 05 stop, 06 control sheet)' })
  async form(@Param() params: DossierFormParamDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    await sendPdf(reply, await this.forms.render(actor, params.id, params.form));
  }

  @Get(':id/job-failures')
  @Roles('desk_officer', 'specialist', 'leader', 'agency_admin', 'province_admin')
  @ApiOperation({ summary: 'What failed in the background for this dossier (e-mail, national-portal sync, documents), every attempt' })
  jobFailures(@Param('id', UUID) id: string, @CurrentActor() actor: Actor): Promise<JobFailureView[]> {
    return this.dossiers.jobFailures(actor, id);
  }

  @Post(':id/job-failures/:jobId/retry')
  @HttpCode(200)
  @Roles('desk_officer', 'specialist', 'leader', 'agency_admin', 'province_admin')
  @ApiOperation({ summary: 'Send a dead job of this dossier through again' })
  retryJob(@Param('id', UUID) id: string, @Param('jobId') jobId: string, @CurrentActor() actor: Actor): Promise<JobFailureView> {
    return this.dossiers.retryJob(actor, id, jobId);
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: DOSSIER_ACTIONS.filter((action) => action !== 'submit') })
  @ApiOperation({ summary: 'Move the dossier (accept, claim, process, approve, apologise, return_result …); stale version → 409' })
  act(
    @Param('id', UUID) id: string,
    @Param('action') action: string,
    @Body() body: DossierActionDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<DossierDetail> {
    return this.actions.act(actor, id, parseAction(action), body, correlationIdOf(request));
  }
}

@ApiTags('desk')
@ApiCookieAuth()
@Controller('v1/desk')
export class DeskController {
  constructor(
    private readonly dossiers: DossiersService,
    private readonly forms: DossierFormsService,
  ) {}

  @Get('tracking-book')
  @Roles('desk_officer', 'specialist', 'leader', 'agency_admin', 'province_admin')
  @ApiOperation({ summary: 'The tracking book (Mẫu 07) of one of your agencies for a period, as PDF' })
  async trackingBook(@Query() query: TrackingBookQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    await sendPdf(reply, await this.forms.trackingBook(actor, query.agencyId, query.from, query.to));
  }

  @Get('dossiers')
  @Roles('desk_officer', 'specialist', 'leader', 'agency_admin', 'province_admin')
  @ApiOperation({ summary: "Dossiers of the staff member's agencies, newest first" })
  inbox(@Query() query: DeskInboxQueryDto, @CurrentActor() actor: Actor): Promise<Page<DossierSummary>> {
    return this.dossiers.inbox(actor, query);
  }

  @Get('staff')
  @Roles('desk_officer', 'specialist', 'leader', 'agency_admin', 'province_admin')
  @ApiOperation({ summary: 'Staff of one of your agencies by role (e.g. the specialists a leader may assign)' })
  staff(@Query() query: StaffQueryDto, @CurrentActor() actor: Actor): Promise<StaffMember[]> {
    return this.dossiers.staff(actor, query);
  }
}

@ApiTags('tracking')
@Public()
@Controller('v1/tracking')
export class TrackingController {
  constructor(private readonly dossiers: DossiersService) {}

  @Get(':code')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Public status and timeline of one dossier, by its code and the secret on the receipt' })
  track(@Param('code') code: string, @Query() query: TrackingQueryDto): Promise<TrackingView> {
    return this.dossiers.track(code, query.secret);
  }
}
