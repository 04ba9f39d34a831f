import type { DossierStatus, Label } from '@dvc/shared/domain';
import { M } from '../i18n/messages';

export const LOGIN_PATH = '/dang-nhap';
export const DOSSIER_PATH = '/ho-so';
export const INBOX_PAGE_SIZE = 20;
/** "Due soon" when the appointment is at most this far away. */
export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

/** The inbox's quick filters, in the order a dossier meets them. */
export const INBOX_PRESETS: readonly { status: DossierStatus | null; label: Label }[] = [
  { status: null, label: M.presetAll },
  { status: 'submitted', label: M.presetWaiting },
  { status: 'in_processing', label: M.presetProcessing },
  { status: 'awaiting_approval', label: M.presetApproval },
  { status: 'result_ready', label: M.presetResult },
];
