import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import type { NotificationPreferences, NotificationPreferencesState } from '@dvc/shared/contracts';

/** How the applicant wants to hear about their dossiers (PUT /api/v1/me/notification-preferences). */
export class UpdateNotificationPreferencesDto implements NotificationPreferences {
  @ApiProperty({ description: 'E-mail on each notifiable change', example: true })
  @IsBoolean({ message: 'email phải là true hoặc false / email must be true or false' })
  email!: boolean;

  @ApiProperty({ description: 'SMS on each notifiable change (needs a phone number on the account)', example: false })
  @IsBoolean({ message: 'sms phải là true hoặc false / sms must be true or false' })
  sms!: boolean;
}

/** The applicant's notification choices as the portal shows them. */
export class NotificationPreferencesView implements NotificationPreferencesState {
  @ApiProperty()
  email!: boolean;

  @ApiProperty()
  sms!: boolean;

  @ApiProperty({ description: 'Whether the account has a phone number (SMS can only be chosen then)' })
  hasPhone!: boolean;

  @ApiProperty({ description: 'When the choice was last saved; null while the defaults apply', nullable: true, type: String, format: 'date-time' })
  updatedAt!: string | null;
}
