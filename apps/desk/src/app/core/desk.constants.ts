import type { DossierStatus, Label, UserRole } from '@dvc/shared/domain';
import { M } from '../i18n/messages';

export const LOGIN_PATH = '/dang-nhap';
export const DOSSIER_PATH = '/ho-so';
export const CALENDAR_PATH = '/lich-lam-viec';
export const TRACKING_BOOK_PATH = '/so-theo-doi';
export const AUDIT_PATH = '/kiem-tra-nhat-ky';
export const DEAD_LETTERS_PATH = '/tac-vu-loi';
export const HEALTH_PATH = '/he-thong';
export const CATALOGUE_PATH = '/danh-muc-thu-tuc';
export const AGENCIES_PATH = '/co-quan';
export const CATALOGUE_IMPORT_PATH = `${CATALOGUE_PATH}/nhap-xuat`;
export const CATALOGUE_NEW_PATH = `${CATALOGUE_PATH}/moi`;
/** `${CATALOGUE_VERSION_PATH}/:id`: one version (a draft to edit, or a published or retired one to read). */
export const CATALOGUE_VERSION_PATH = `${CATALOGUE_PATH}/phien-ban`;
/** `${CATALOGUE_HISTORY_PATH}/:code`: a procedure's versions and the diff between two. */
export const CATALOGUE_HISTORY_PATH = `${CATALOGUE_PATH}/thu-tuc`;
export const INBOX_PAGE_SIZE = 20;

/** The tracking book covers 1 to this many days (the API refuses longer periods with DOSSIER.PERIOD_INVALID). */
export const TRACKING_BOOK_MAX_DAYS = 92;

/** Who edits what in the administration pages (the server checks again). */
export const CALENDAR_EDITORS: readonly UserRole[] = ['province_admin'];
export const OFFICE_HOURS_EDITORS: readonly UserRole[] = ['province_admin', 'agency_admin'];
export const AUDIT_ROLES: readonly UserRole[] = ['province_admin'];
/** Who reads the dead letters and the system's health, and who sends a dead job through again (the API checks too). */
export const JOBS_ADMIN_ROLES: readonly UserRole[] = ['province_admin', 'agency_admin'];
export const JOB_RETRY_ROLES: readonly UserRole[] = ['province_admin'];
/** The procedure catalogue (drafts, publication, imports) is the province admin's (the API checks too). */
export const CATALOGUE_ADMIN_ROLES: readonly UserRole[] = ['province_admin'];
export const CATALOGUE_PAGE_SIZE = 20;
/** Merging agencies (administrative reorganisation) is the province admin's (the API checks too). */
export const AGENCIES_ADMIN_ROLES: readonly UserRole[] = ['province_admin'];
/** How often an import's progress is asked while it runs. */
export const IMPORT_POLL_MS = 500;
/** The API refuses bigger catalogue files (FILE.TOO_LARGE). */
export const CATALOGUE_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The health page asks again this often while it is open. */
export const HEALTH_REFRESH_MS = 10_000;
/** Outbox lag above this is worth a warning (notifications and syncs are late). */
export const OUTBOX_LAG_WARNING_SECONDS = 60;

/** The header's navigation after "Dossiers", each entry for the roles that use it. */
export const DESK_NAV: readonly { path: string; label: Label; testId: string; roles: readonly UserRole[] | 'all' }[] = [
  { path: TRACKING_BOOK_PATH, label: M.navTrackingBook, testId: 'nav-tracking-book', roles: 'all' },
  { path: CALENDAR_PATH, label: M.navCalendar, testId: 'nav-calendar', roles: OFFICE_HOURS_EDITORS },
  { path: AUDIT_PATH, label: M.navAudit, testId: 'nav-audit', roles: AUDIT_ROLES },
  { path: DEAD_LETTERS_PATH, label: M.navDeadLetters, testId: 'nav-dead-letters', roles: JOBS_ADMIN_ROLES },
  { path: HEALTH_PATH, label: M.navHealth, testId: 'nav-health', roles: JOBS_ADMIN_ROLES },
  { path: CATALOGUE_PATH, label: M.navCatalogue, testId: 'nav-catalogue', roles: CATALOGUE_ADMIN_ROLES },
  { path: AGENCIES_PATH, label: M.navAgencies, testId: 'nav-agencies', roles: AGENCIES_ADMIN_ROLES },
];

/** The inbox's quick filters, in the order a dossier meets them. */
export const INBOX_PRESETS: readonly { status: DossierStatus | null; label: Label }[] = [
  { status: null, label: M.presetAll },
  { status: 'submitted', label: M.presetWaiting },
  { status: 'in_processing', label: M.presetProcessing },
  { status: 'awaiting_approval', label: M.presetApproval },
  { status: 'result_ready', label: M.presetResult },
];
