import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBase64, IsEmail, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested,
} from 'class-validator';

export class IntakeApplicantDto {
  @ApiProperty({ example: '038090001234', description: 'The 12-digit personal identification number (VNeID)' })
  @Matches(/^\d{12}$/, { message: 'personalId phải gồm 12 chữ số / personalId must be 12 digits' })
  personalId!: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @MaxLength(120)
  fullName!: string;

  @ApiProperty({ example: 'an.nguyen@example.vn' })
  @IsEmail({}, { message: 'email không hợp lệ / email is not valid' })
  @MaxLength(200)
  email!: string;

  @ApiPropertyOptional({ example: '0912345678' })
  @IsOptional()
  @Matches(/^\+?\d{9,15}$/, { message: 'phone không hợp lệ / phone is not valid' })
  phone?: string;
}

export class IntakeAttachmentDto {
  @ApiProperty({ example: 'TP01' })
  @IsString()
  @MaxLength(50)
  componentCode!: string;

  @ApiProperty({ example: 'to-khai.pdf' })
  @IsString()
  @MaxLength(200)
  fileName!: string;

  @ApiProperty({ description: 'The file, base64-encoded' })
  @IsBase64({}, { message: 'contentBase64 phải là base64 / contentBase64 must be base64' })
  contentBase64!: string;
}

/** A dossier filed on the national portal and handed to the province (integrations.md). */
export class IntakeDossierDto {
  @ApiProperty({ example: 'DVCQG-2026-000123', description: "The national portal's id of the dossier (idempotency key)" })
  @Matches(/^[A-Za-z0-9._-]{4,64}$/, { message: 'nationalId không hợp lệ / nationalId is not valid' })
  nationalId!: string;

  @ApiProperty({ example: '1.001193' })
  @IsString()
  @MaxLength(50)
  procedureCode!: string;

  @ApiProperty({ example: '000.10.31.H56', description: 'Electronic identifier of the agency that receives it' })
  @IsString()
  @MaxLength(50)
  agencyCode!: string;

  @ApiProperty({ type: IntakeApplicantDto })
  @ValidateNested()
  @Type(() => IntakeApplicantDto)
  applicant!: IntakeApplicantDto;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  @IsObject()
  formData!: Record<string, string>;

  @ApiProperty({ type: [IntakeAttachmentDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IntakeAttachmentDto)
  attachments!: IntakeAttachmentDto[];
}
