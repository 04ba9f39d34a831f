import { Body, Controller, Headers, Post, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { correlationIdOf, Public } from '@dvc/server/core';
import { IntakeDossierDto } from './intake.dto';
import { NationalPortalIntakeService, type IntakeResult } from './intake.service';

@ApiTags('integrations')
@Public()
@Controller('v1/integrations/national-portal')
export class NationalPortalIntakeController {
  constructor(private readonly intake: NationalPortalIntakeService) {}

  @Post('dossiers')
  @ApiHeader({ name: 'X-Integration-Key', required: true })
  @ApiOperation({ summary: 'The national portal hands over an online dossier (201 created, 200 when already received)' })
  async receive(
    @Body() body: IntakeDossierDto,
    @Headers('x-integration-key') key: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IntakeResult> {
    const result = await this.intake.receive(key, body, correlationIdOf(request));
    void reply.status(result.created ? 201 : 200);
    return result;
  }
}
