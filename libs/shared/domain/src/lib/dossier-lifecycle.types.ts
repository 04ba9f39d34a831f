/** Internal dossier states. Each maps to exactly one national status code (see NATIONAL_STATUS_CODE). */
export const DOSSIER_STATUSES = [
  'submitted',
  'received',
  'refused',
  'in_processing',
  'awaiting_approval',
  'in_consultation',
  'supplement_requested',
  'payment_requested',
  'withdrawn',
  'result_ready',
  'returned',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** What an actor can do to a dossier (lifecycle.md, Decree 118). */
export const DOSSIER_ACTIONS = [
  'submit',
  'accept',
  'refuse',
  'request_supplement',
  'submit_supplement',
  'transfer',
  'claim',
  'reassign',
  'process',
  'approve',
  'send_back',
  'consult',
  'record_consultation',
  'request_payment',
  'confirm_payment',
  'apologise',
  'withdraw',
  'return_result',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** What the system records in a dossier's history without anyone acting (e.g. a calendar change moved the date). */
export type SystemEventKind = 'deadline_recomputed' | 'supplement_expired' | 'agency_merged';
export type DossierEventKind = DossierAction | SystemEventKind;

export const USER_ROLES = [
  'citizen',
  'desk_officer',
  'specialist',
  'leader',
  'agency_admin',
  'province_admin',
] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const STAFF_ROLES: readonly UserRole[] = ['desk_officer', 'specialist', 'leader', 'agency_admin', 'province_admin'];

export type Channel = 'online' | 'counter' | 'postal';

/** How a result reaches the applicant (lifecycle.md step 9). */
export const RETURN_METHODS = ['counter', 'post', 'online'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

export const TIME_UNITS = ['working_days', 'calendar_days', 'working_hours'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
export interface TimeLimit {
  value: number;
  unit: TimeUnit;
}
