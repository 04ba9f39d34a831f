import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditReport } from '@dvc/shared/contracts';
import { Roles } from '@dvc/server/core';
import { AuditService } from './audit.service';

@ApiTags('admin')
@ApiCookieAuth()
@Controller('v1/admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('verify')
  @Roles('province_admin')
  @ApiOperation({ summary: "Verify every dossier's hash-chained history; reports the first broken link of each chain" })
  verify(): Promise<AuditReport> {
    return this.audit.verifyAllChains();
  }
}
