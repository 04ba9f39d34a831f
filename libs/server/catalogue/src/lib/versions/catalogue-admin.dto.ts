import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { AdminProcedureQuery, CatalogueImportMode, PublishVersionRequest, RetireVersionRequest } from '@dvc/shared/contracts';
import type { CatalogueFileFormat } from '../import/catalogue-file';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CATALOGUE_FILE_FORMATS: CatalogueFileFormat[] = ['json', 'xlsx'];

export class AdminProcedureQueryDto implements AdminProcedureQuery {
  @ApiPropertyOptional({ description: 'Code or name, without diacritics if you like' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ['draft', 'published', 'retired'] })
  @IsOptional()
  @IsIn(['draft', 'published', 'retired'], { message: 'status là draft, published hoặc retired / status is draft, published or retired' })
  status?: 'draft' | 'published' | 'retired';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50)
  sector?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  size?: number;
}

export class ProcedureCodeParamDto {
  @ApiProperty({ example: '1.001193' })
  @Matches(/^\d\.\d{6}(\.[0-9A-Z]+)*$/, { message: 'Mã thủ tục không hợp lệ / Not a procedure code' })
  code!: string;
}

export class VersionIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Mã phiên bản không hợp lệ / Not a version id' })
  id!: string;
}

export class DiffQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The version to compare with' })
  @IsUUID('all', { message: 'against phải là mã phiên bản / against must be a version id' })
  against!: string;
}

export class PublishVersionDto implements PublishVersionRequest {
  @ApiProperty({ example: '1234/QĐ-UBND' })
  @IsString()
  @MinLength(3, { message: 'Hãy ghi số quyết định công bố / Give the publication decision number' })
  @MaxLength(100)
  decisionNumber!: string;

  @ApiProperty({ example: '2026-11-20' })
  @Matches(DAY, { message: 'decisionDate phải có dạng YYYY-MM-DD / decisionDate must be YYYY-MM-DD' })
  decisionDate!: string;

  @ApiProperty({ example: '2026-11-24' })
  @Matches(DAY, { message: 'effectiveFrom phải có dạng YYYY-MM-DD / effectiveFrom must be YYYY-MM-DD' })
  effectiveFrom!: string;
}

export class RetireVersionDto implements RetireVersionRequest {
  @ApiProperty({ example: 'Bãi bỏ theo Quyết định số …' })
  @IsString()
  @MinLength(3, { message: 'Hãy nêu lý do bãi bỏ / Give the reason' })
  @MaxLength(500)
  reason!: string;
}

export class ImportQueryDto {
  @ApiPropertyOptional({ enum: ['all_or_nothing', 'valid_only'], default: 'all_or_nothing' })
  @IsOptional()
  @IsIn(['all_or_nothing', 'valid_only'], { message: 'mode là all_or_nothing hoặc valid_only / mode is all_or_nothing or valid_only' })
  mode?: CatalogueImportMode;
}

export class ImportIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Mã lượt nhập không hợp lệ / Not an import id' })
  id!: string;
}

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: ['draft', 'published', 'retired'], default: 'published' })
  @IsOptional()
  @IsIn(['draft', 'published', 'retired'], { message: 'status là draft, published hoặc retired / status is draft, published or retired' })
  status?: 'draft' | 'published' | 'retired';

  @ApiPropertyOptional({ enum: CATALOGUE_FILE_FORMATS, default: 'json', description: 'json (national-database shape) or xlsx (docs/catalogue-workbook.md)' })
  @IsOptional()
  @IsIn(CATALOGUE_FILE_FORMATS, { message: 'format là json hoặc xlsx / format is json or xlsx' })
  format?: CatalogueFileFormat;
}

export class TemplateQueryDto {
  @ApiPropertyOptional({ enum: CATALOGUE_FILE_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(CATALOGUE_FILE_FORMATS, { message: 'format là json hoặc xlsx / format is json or xlsx' })
  format?: CatalogueFileFormat;
}
