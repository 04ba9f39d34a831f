import { Module } from '@nestjs/common';
import { NotificationPreferencesModule } from './notifications.module';
import { NotificationPreferencesController } from './preferences/notification-preferences.controller';

/** The citizen's notification preferences: GET and PUT /api/v1/me/notification-preferences. */
@Module({ imports: [NotificationPreferencesModule], controllers: [NotificationPreferencesController] })
export class NotificationsApiModule {}
