/** The channels an applicant can be reached on; each is sent at most once per dossier event (the `notification` ledger). */
export const NOTIFICATION_CHANNELS = ['email', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What applies to an applicant who never saved preferences (the migration's column defaults say the same). */
export const DEFAULT_NOTIFICATION_PREFERENCES = { email: true, sms: false } as const;

/** One SMS segment of GSM 03.38 characters. Templates aim to fit in one. */
export const SMS_MAX_CHARS = 160;

/** The citizen portal's page of one dossier (where the applicant answers a supplement request, pays, downloads). */
export const PORTAL_DOSSIER_PATH = '/ho-so-cua-toi';

/** The one-stop desk's page of one dossier (where staff open a dossier they are alerted about). */
export const DESK_DOSSIER_PATH = '/desk/ho-so';

/** Names an SMS provider can be chosen by (SMS_PROVIDER). Only `log` exists until a gateway contract is signed. */
export const SMS_PROVIDER_NAMES = ['log'] as const;
export type SmsProviderName = (typeof SMS_PROVIDER_NAMES)[number];
