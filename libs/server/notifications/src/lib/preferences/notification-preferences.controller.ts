import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Roles } from '@dvc/server/core';
import { NotificationPreferencesView, UpdateNotificationPreferencesDto } from './dto/notification-preferences.dto';
import { NotificationPreferencesService } from './notification-preferences.service';

@ApiTags('notifications')
@ApiCookieAuth()
@Controller('v1/me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @Roles('citizen')
  @ApiOperation({ summary: 'How the citizen is told about their dossiers (e-mail on, SMS off until chosen)' })
  @ApiOkResponse({ type: NotificationPreferencesView })
  get(@CurrentActor() actor: Actor): Promise<NotificationPreferencesView> {
    return this.preferences.get(actor);
  }

  @Put()
  @Roles('citizen')
  @ApiOperation({ summary: 'Replace the citizen\'s notification preferences (SMS needs a phone number on the account)' })
  @ApiOkResponse({ type: NotificationPreferencesView })
  update(@Body() body: UpdateNotificationPreferencesDto, @CurrentActor() actor: Actor): Promise<NotificationPreferencesView> {
    return this.preferences.update(actor, body);
  }
}
