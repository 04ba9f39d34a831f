/** Internal dossier states. Each maps to exactly one national status code (see NATIONAL_STATUS_CODE). */
export const DOSSIER_STATUSES = [
  'submitted',
  'received',
  'refused',
  'in_processing',
  'awaiting_approval',
  'supplement_requested',
  'payment_requested',
  'withdrawn',
  'result_ready',
  'returned',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** What an actor can do to a dossier. */
export const DOSSIER_ACTIONS = [
  'submit',
  'accept',
  'refuse',
  'request_supplement',
  'submit_supplement',
  'process',
  'approve',
  'send_back',
  'request_payment',
  'confirm_payment',
  'withdraw',
  'return_result',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

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

export type TimeUnit = 'working_days' | 'calendar_days' | 'working_hours';
export interface TimeLimit {
  value: number;
  unit: TimeUnit;
}
