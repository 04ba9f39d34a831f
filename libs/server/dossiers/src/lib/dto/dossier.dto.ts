import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  Max,
  ValidateNested,
  IsArray,
} from 'class-validator';
import { DOSSIER_STATUSES, type DossierStatus } from '@dvc/shared/domain';
import type {
  DeskInboxQuery,
  DossierActionRequest,
  DossierAttachmentRequest,
  SubmitDossierRequest,
} from '@dvc/shared/contracts';

export class DossierAttachmentDto implements DossierAttachmentRequest {
  @ApiProperty({ example: 'TP01' })
  @IsString()
  @MaxLength(50)
  componentCode!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'fileId phải là mã tệp đã tải lên / fileId must be the id of an uploaded file' })
  fileId!: string;
}

export class SubmitDossierDto implements SubmitDossierRequest {
  @ApiProperty({ example: '1.001193' })
  @IsString()
  @MaxLength(50)
  procedureCode!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'agencyId phải là mã cơ quan / agencyId must be an agency id' })
  agencyId!: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  @IsObject({ message: 'formData phải là một đối tượng / formData must be an object' })
  formData!: Record<string, string>;

  @ApiProperty({ type: [DossierAttachmentDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DossierAttachmentDto)
  attachments!: DossierAttachmentDto[];
}

export class DossierActionDto implements DossierActionRequest {
  @ApiProperty({ description: 'The dossier version the actor saw', example: 1 })
  @IsInt({ message: 'version phải là số nguyên / version must be a whole number' })
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ description: 'Required for refuse, request_supplement and send_back' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class PageQueryDto {
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

export class DeskInboxQueryDto extends PageQueryDto implements DeskInboxQuery {
  @ApiPropertyOptional({ enum: DOSSIER_STATUSES })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES, { message: 'status không hợp lệ / status is not a known dossier status' })
  status?: DossierStatus;

  @ApiPropertyOptional({ description: 'Dossier code or applicant name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class TrackingQueryDto {
  @ApiProperty({ description: 'The secret printed on the receipt' })
  @IsString()
  @Matches(/^[A-Za-z0-9]{4,32}$/, { message: 'Mã bí mật không hợp lệ / The secret is not valid' })
  secret!: string;
}
