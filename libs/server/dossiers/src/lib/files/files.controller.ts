import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { UploadedFile } from '@dvc/shared/contracts';
import { Actor, CurrentActor, InvalidInputError, Roles, UnsupportedMediaTypeError } from '@dvc/server/core';
import { FilesService } from './files.service';

const FILE_FIELD = 'file';

@ApiTags('files')
@ApiCookieAuth()
@Controller('v1/files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @HttpCode(201)
  @Roles('citizen')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Upload one attachment (PDF, JPEG or PNG by content; size limit MAX_UPLOAD_BYTES)' })
  async upload(@Req() request: FastifyRequest, @CurrentActor() actor: Actor): Promise<UploadedFile> {
    if (!request.isMultipart()) {
      throw new UnsupportedMediaTypeError(
        'FILE.NOT_MULTIPART',
        'Hãy gửi tệp dạng multipart/form-data với trường "file" / Send the file as multipart/form-data in a "file" field',
      );
    }
    const part = await request.file();
    if (!part) {
      throw new InvalidInputError('FILE.MISSING', 'Chưa chọn tệp / No file was sent in the "file" field');
    }
    if (part.fieldname !== FILE_FIELD) {
      throw new InvalidInputError(
        'FILE.UNKNOWN_FIELD',
        `Trường "${part.fieldname}" không được chấp nhận, hãy dùng "file" / Field "${part.fieldname}" is not accepted; use "file"`,
        [{ field: part.fieldname, code: 'UNKNOWN_FIELD', message: 'use "file"' }],
      );
    }
    let bytes: Buffer;
    try {
      bytes = await part.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw this.files.tooLarge();
      throw error;
    }
    if (part.file.truncated) throw this.files.tooLarge();
    return this.files.store(actor, part.filename, bytes);
  }
}
