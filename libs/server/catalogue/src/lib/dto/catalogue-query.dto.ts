import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import type { CalendarDayRequest, OfficeHoursSetting, ProcedureQuery } from '@dvc/shared/contracts';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const HHMM_MESSAGE = 'Giờ phải có dạng HH:MM / Times must be HH:MM';

export class ProcedureQueryDto implements ProcedureQuery {
  @ApiPropertyOptional({ description: 'Words to find, with or without diacritics', example: 'dang ky khai sinh' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Sector code (lĩnh vực)', example: 'HT' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  sector?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Procedures that can be filed at this agency' })
  @IsOptional()
  @IsUUID('all', { message: 'agency phải là mã cơ quan / agency must be an agency id' })
  agency?: string;

  @ApiPropertyOptional({ enum: ['ministry', 'province', 'commune'] })
  @IsOptional()
  @IsIn(['ministry', 'province', 'commune'], { message: 'level là ministry, province hoặc commune / level is ministry, province or commune' })
  level?: 'ministry' | 'province' | 'commune';

  @ApiPropertyOptional({ enum: ['citizen', 'enterprise', 'organisation'] })
  @IsOptional()
  @IsIn(['citizen', 'enterprise', 'organisation'], { message: 'applicantType là citizen, enterprise hoặc organisation / applicantType is citizen, enterprise or organisation' })
  applicantType?: 'citizen' | 'enterprise' | 'organisation';

  @ApiPropertyOptional({ description: 'Only featured procedures (true) or only the others (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'featured là true hoặc false / featured is true or false' })
  featured?: boolean;

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

export class WorkingDaysQueryDto {
  @ApiProperty({ example: '2026-02-13' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from phải có dạng YYYY-MM-DD / from must be YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: 5 })
  @Type(() => Number)
  @IsInt({ message: 'days phải là số nguyên / days must be a whole number' })
  @Min(0)
  @Max(3650)
  days!: number;

  @ApiPropertyOptional({ description: "Agency id: its office hours apply (the province's days off apply to all)" })
  @IsOptional()
  @IsUUID('all', { message: 'agency phải là mã cơ quan hợp lệ / agency must be an agency id' })
  agency?: string;
}

export class CalendarYearQueryDto {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt({ message: 'year phải là số nguyên / year must be a whole number' })
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class CalendarDayParamDto {
  @ApiProperty({ example: '2026-11-27' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày phải có dạng YYYY-MM-DD / The day must be YYYY-MM-DD' })
  day!: string;
}

export class CalendarDayDto implements CalendarDayRequest {
  @ApiProperty({ enum: ['day_off', 'working_day'] })
  @IsIn(['day_off', 'working_day'], { message: 'kind là day_off (nghỉ) hoặc working_day (làm bù) / kind is day_off or working_day' })
  kind!: 'day_off' | 'working_day';

  @ApiProperty({ example: 'Nghỉ bù theo Quyết định số …' })
  @IsString()
  @MinLength(3, { message: 'Hãy ghi lý do (căn cứ) / Give the reason (the decision)' })
  @MaxLength(300)
  reason!: string;
}

export class OfficeHoursSegmentDto {
  @ApiProperty({ example: '07:00' })
  @Matches(HHMM, { message: HHMM_MESSAGE })
  start!: string;

  @ApiProperty({ example: '11:30' })
  @Matches(HHMM, { message: HHMM_MESSAGE })
  end!: string;
}

export class OfficeHoursDto implements OfficeHoursSetting {
  @ApiProperty({ type: [OfficeHoursSegmentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => OfficeHoursSegmentDto)
  segments!: OfficeHoursSegmentDto[];

  @ApiProperty({ example: '15:00', description: 'Received at or after this time, the clock starts the next working day' })
  @Matches(HHMM, { message: HHMM_MESSAGE })
  cutoff!: string;
}

export class AgencyParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Mã cơ quan không hợp lệ / Not an agency id' })
  id!: string;
}
