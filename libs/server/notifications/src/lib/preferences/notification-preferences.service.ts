import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError, UnprocessableError, type Actor } from '@dvc/server/core';
import { DEFAULT_NOTIFICATION_PREFERENCES } from '../notifications.constants';
import type { NotificationPreferencesView, UpdateNotificationPreferencesDto } from './dto/notification-preferences.dto';
import { NotificationPreferencesRepository, type StoredPreferences } from './notification-preferences.repository';

function toView(stored: StoredPreferences): NotificationPreferencesView {
  const preferences = stored.preferences ?? DEFAULT_NOTIFICATION_PREFERENCES;
  return { email: preferences.email, sms: preferences.sms, hasPhone: stored.hasPhone, updatedAt: stored.updatedAt?.toISOString() ?? null };
}

/** A citizen's own notification preferences: read (defaults until saved) and replace. */
@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly repository: NotificationPreferencesRepository) {}

  async get(actor: Actor): Promise<NotificationPreferencesView> {
    return toView(await this.load(actor));
  }

  async update(actor: Actor, request: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesView> {
    const stored = await this.load(actor);
    if (request.sms && !stored.hasPhone) {
      const message = 'Tài khoản chưa có số điện thoại nên chưa thể nhận SMS / Add a phone number to your account to receive SMS';
      throw new UnprocessableError('NOTIFICATIONS.PHONE_MISSING', message, [{ field: 'sms', code: 'PHONE_MISSING', message }]);
    }
    const preferences = { email: request.email, sms: request.sms };
    const updatedAt = await this.repository.saveForUser(actor.userId, preferences);
    return toView({ preferences, updatedAt, hasPhone: stored.hasPhone });
  }

  private async load(actor: Actor): Promise<StoredPreferences> {
    if (actor.role !== 'citizen') {
      throw new ForbiddenError('AUTH.FORBIDDEN', 'Chỉ công dân mới có tùy chọn nhận thông báo / Only citizens have notification preferences');
    }
    const stored = await this.repository.findForUser(actor.userId);
    if (!stored) throw new NotFoundError('IDENTITY.USER_NOT_FOUND', 'Không tìm thấy tài khoản / Account not found');
    return stored;
  }
}
