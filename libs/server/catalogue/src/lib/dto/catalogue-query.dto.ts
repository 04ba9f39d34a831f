import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { ProcedureQuery } from '@dvc/shared/contracts';

export class ProcedureQueryDto implements ProcedureQuery {
  @ApiPropertyOptional({ description: 'Words to find, with or without diacritics', example: 'dang ky khai sinh' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

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

  @ApiPropertyOptional({ description: 'Agency id; the province calendar applies to every agency for now' })
  @IsOptional()
  @IsUUID('all', { message: 'agency phải là mã cơ quan hợp lệ / agency must be an agency id' })
  agency?: string;
}
