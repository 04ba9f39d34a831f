import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AdminProcedureRow, CatalogueImportView, Page, ProcedureVersionDetail, ProcedureVersionSummary, VersionDiff } from '@dvc/shared/contracts';
import { Actor, correlationIdOf, CurrentActor, InvalidInputError, PayloadTooLargeError, Roles, UnsupportedMediaTypeError } from '@dvc/server/core';
import { CatalogueExportService } from '../export/catalogue-export.service';
import { CatalogueImportService, MAX_CATALOGUE_FILE_BYTES } from '../import/catalogue-import.service';
import {
  AdminProcedureQueryDto, DiffQueryDto, ExportQueryDto, ImportIdParamDto, ImportQueryDto, ProcedureCodeParamDto, PublishVersionDto,
  RetireVersionDto, TemplateQueryDto, VersionIdParamDto,
} from './catalogue-admin.dto';
import { ProcedureVersionsService } from './procedure-versions.service';

/** The province's catalogue administration (province admins): versions, publication, imports and exports. */
@ApiTags('catalogue admin')
@ApiCookieAuth()
@Roles('province_admin')
@Controller('v1/admin')
export class CatalogueAdminController {
  constructor(
    private readonly versions: ProcedureVersionsService,
    private readonly imports: CatalogueImportService,
    private readonly exports: CatalogueExportService,
  ) {}

  @Get('procedures')
  @ApiOperation({ summary: 'Procedures with their published version and their draft' })
  list(@Query() query: AdminProcedureQueryDto, @CurrentActor() actor: Actor): Promise<Page<AdminProcedureRow>> {
    return this.versions.list(actor, query);
  }

  @Post('procedures')
  @ApiOperation({ summary: 'A new draft from a procedure record (checked by the same rules as imports; unknown fields refused)' })
  @ApiBody({ description: 'A ProcedureRecord', schema: { type: 'object' } })
  create(@Body() record: unknown, @CurrentActor() actor: Actor): Promise<ProcedureVersionDetail> {
    return this.versions.createDraft(actor, record);
  }

  @Get('procedures/:code/versions')
  @ApiOperation({ summary: 'Every version of a procedure, newest first' })
  history(@Param() params: ProcedureCodeParamDto, @CurrentActor() actor: Actor): Promise<ProcedureVersionSummary[]> {
    return this.versions.history(actor, params.code);
  }

  @Post('procedures/:code/drafts')
  @ApiOperation({ summary: 'Edit a published procedure: a new draft copied from its latest version' })
  draftFrom(@Param() params: ProcedureCodeParamDto, @CurrentActor() actor: Actor): Promise<ProcedureVersionDetail> {
    return this.versions.draftFromPublished(actor, params.code);
  }

  @Get('procedure-versions/:id')
  @ApiOperation({ summary: 'A version with its record and, for a draft, what must be fixed before publication' })
  get(@Param() params: VersionIdParamDto, @CurrentActor() actor: Actor): Promise<ProcedureVersionDetail> {
    return this.versions.get(actor, params.id);
  }

  @Put('procedure-versions/:id')
  @ApiOperation({ summary: 'Save a draft (only drafts change)' })
  @ApiBody({ description: 'A ProcedureRecord', schema: { type: 'object' } })
  edit(@Param() params: VersionIdParamDto, @Body() record: unknown, @CurrentActor() actor: Actor): Promise<ProcedureVersionDetail> {
    return this.versions.editDraft(actor, params.id, record);
  }

  @Delete('procedure-versions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft' })
  remove(@Param() params: VersionIdParamDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.versions.deleteDraft(actor, params.id);
  }

  @Post('procedure-versions/:id/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish a draft by decision (the previous version is retired from new filings); a later effective date schedules the publication for that day',
  })
  publish(@Param() params: VersionIdParamDto, @Body() body: PublishVersionDto, @CurrentActor() actor: Actor): Promise<ProcedureVersionDetail> {
    return this.versions.publish(actor, params.id, body);
  }

  @Delete('procedure-versions/:id/schedule')
  @ApiOperation({ summary: 'Cancel a scheduled publication; the version stays an editable draft' })
  cancelSchedule(@Param() params: VersionIdParamDto, @CurrentActor() actor: Actor): Promise<ProcedureVersionDetail> {
    return this.versions.cancelSchedule(actor, params.id);
  }

  @Post('procedure-versions/:id/retire')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire the published version (no new filings; dossiers keep it)' })
  retire(@Param() params: VersionIdParamDto, @Body() body: RetireVersionDto, @CurrentActor() actor: Actor): Promise<ProcedureVersionDetail> {
    return this.versions.retire(actor, params.id, body.reason);
  }

  @Get('procedure-versions/:id/diff')
  @ApiOperation({ summary: 'What changed from another version of the same procedure to this one' })
  diff(@Param() params: VersionIdParamDto, @Query() query: DiffQueryDto, @CurrentActor() actor: Actor): Promise<VersionDiff> {
    return this.versions.diff(actor, params.id, query.against);
  }

  @Post('catalogue/imports')
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Upload a catalogue file (national-database JSON or the documented .xlsx workbook); it is validated and imported as drafts in the background' })
  async startImport(@Query() query: ImportQueryDto, @Req() request: FastifyRequest, @CurrentActor() actor: Actor): Promise<CatalogueImportView> {
    if (!request.isMultipart()) {
      throw new UnsupportedMediaTypeError('FILE.NOT_MULTIPART', 'Hãy gửi tệp dạng multipart/form-data với trường "file" / Send the file as multipart/form-data in a "file" field');
    }
    const part = await request.file({ limits: { fileSize: MAX_CATALOGUE_FILE_BYTES } });
    if (!part || part.fieldname !== 'file') throw new InvalidInputError('FILE.MISSING', 'Chưa chọn tệp (trường "file") / No file in the "file" field');
    const content = await part.toBuffer();
    if (part.file.truncated) throw new PayloadTooLargeError('FILE.TOO_LARGE', 'Tệp danh mục vượt quá 20 MB / The catalogue file is larger than 20 MB');
    return this.imports.start(actor, part.filename, content, query.mode ?? 'all_or_nothing', correlationIdOf(request));
  }

  @Get('catalogue/imports/:id')
  @ApiOperation({ summary: 'An import: progress, how many were imported, and every problem by row and field' })
  importView(@Param() params: ImportIdParamDto, @CurrentActor() actor: Actor): Promise<CatalogueImportView> {
    return this.imports.view(actor, params.id);
  }

  @Get('catalogue/imports/:id/report')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: "The import's problems as CSV (row, code, field, problem, messages)" })
  async report(@Param() params: ImportIdParamDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const csv = await this.imports.report(actor, params.id);
    await reply.header('content-disposition', `attachment; filename="bao-cao-nhap-${params.id}.csv"`).send(csv);
  }

  @Get('catalogue/export')
  @ApiOperation({ summary: 'The catalogue in the import shape (JSON, or the .xlsx workbook of docs/catalogue-workbook.md), published versions by default' })
  async export(@Query() query: ExportQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.exports.file(actor, query.status ?? 'published', query.format ?? 'json');
    await reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.content);
  }

  @Get('catalogue/template')
  @ApiOperation({ summary: 'An import file (JSON or .xlsx) filled with one complete example procedure, to start from' })
  async template(@Query() query: TemplateQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.exports.template(actor, query.format ?? 'json');
    await reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.content);
  }
}
