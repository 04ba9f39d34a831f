import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsISO8601,
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
import { DOSSIER_FORM_CODES, DOSSIER_STATUSES, RETURN_METHODS, type DossierFormCode, type DossierStatus, type ReturnMethod } from '@dvc/shared/domain';
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

  @ApiPropertyOptional({ description: 'Required for refuse, request_supplement, send_back, consult, record_consultation, apologise' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ type: [String], description: 'request_supplement: every item to provide or fix, in one go' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  items?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'apologise: the new appointment' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'newDueAt phải là thời điểm ISO 8601 / newDueAt must be an ISO 8601 date-time' })
  newDueAt?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'transfer: the competent agency; consult: the coordinating agency' })
  @IsOptional()
  @IsUUID('all', { message: 'agencyId phải là mã cơ quan / agencyId must be an agency id' })
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'reassign: the specialist who takes the dossier' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId phải là mã người dùng / assigneeId must be a user id' })
  assigneeId?: string;

  @ApiPropertyOptional({ example: '2026-12-04', description: 'consult: the date the coordinating agency must answer by' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'consultationDueDate phải có dạng YYYY-MM-DD / must be YYYY-MM-DD' })
  consultationDueDate?: string;

  @ApiPropertyOptional({ description: 'consult: whether the consultation time counts towards the legal time (default true)' })
  @IsOptional()
  @IsBoolean()
  consultationCounts?: boolean;

  @ApiPropertyOptional({ description: "request_payment: amount in VND (default: the procedure's fees)" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  amount?: number;

  @ApiPropertyOptional({ enum: RETURN_METHODS })
  @IsOptional()
  @IsIn(RETURN_METHODS, { message: 'returnMethod là counter, post hoặc online / returnMethod is counter, post or online' })
  returnMethod?: ReturnMethod;

  @ApiPropertyOptional({ description: 'return_result at the counter: who collected the result' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  collectedBy?: string;

  @ApiPropertyOptional({ description: 'return_result by post: the waybill number' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{4,40}$/, { message: 'Số vận đơn không hợp lệ / The waybill number is not valid' })
  waybill?: string;

  @ApiPropertyOptional({ type: [DossierAttachmentDto], description: 'submit_supplement: the uploaded files' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DossierAttachmentDto)
  attachments?: DossierAttachmentDto[];
}

export class StaffQueryDto {
  @ApiProperty({ enum: ['specialist', 'leader', 'desk_officer'] })
  @IsIn(['specialist', 'leader', 'desk_officer'], { message: 'role là specialist, leader hoặc desk_officer / role is specialist, leader or desk_officer' })
  role!: 'specialist' | 'leader' | 'desk_officer';

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'agencyId phải là mã cơ quan / agencyId must be an agency id' })
  agencyId!: string;
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

export class DossierFormParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Mã định danh không hợp lệ / The id in the address is not valid' })
  id!: string;

  @ApiProperty({ enum: DOSSIER_FORM_CODES })
  @IsIn(DOSSIER_FORM_CODES, { message: `Mẫu phải là một trong ${DOSSIER_FORM_CODES.join(', ')} / form must be one of ${DOSSIER_FORM_CODES.join(', ')}` })
  form!: DossierFormCode;
}

export class TrackingBookQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'agencyId phải là mã cơ quan / agencyId must be an agency id' })
  agencyId!: string;

  @ApiProperty({ example: '2026-11-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from phải có dạng YYYY-MM-DD / from must be YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: '2026-11-30' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to phải có dạng YYYY-MM-DD / to must be YYYY-MM-DD' })
  to!: string;
}
