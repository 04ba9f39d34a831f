import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { AgencyMergeRequest } from '@dvc/shared/contracts';

export class AgencyMergeDto implements AgencyMergeRequest {
  @ApiProperty({ format: 'uuid', description: 'The agency that takes over the procedures, staff and open dossiers' })
  @IsUUID('all', { message: 'successorId phải là mã cơ quan / successorId must be an agency id' })
  successorId!: string;

  @ApiProperty({ example: 'Nghị quyết số 1234/NQ-UBTVQH15 về sắp xếp các đơn vị hành chính cấp xã' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'Hãy nêu căn cứ sáp nhập / Give the reason for the merger' })
  @MinLength(3, { message: 'Hãy nêu căn cứ sáp nhập / Give the reason for the merger' })
  @MaxLength(500)
  reason!: string;
}
