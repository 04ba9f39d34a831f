import type { DossierAction } from '@dvc/shared/domain';
import { ForbiddenError, isStaff, type Actor } from '@dvc/server/core';
import type { DossierRow } from './dossier-views';

/** Specialist actions on a dossier they must hold: only its assignee may take them. */
const ASSIGNEE_ONLY: ReadonlySet<DossierAction> = new Set(['process', 'consult', 'record_consultation', 'request_supplement', 'request_payment']);

/** The agencies whose one-stop desk acts on the dossier: the receiving agency, or its successor after a merger. */
function receivingDesks(dossier: DossierRow): string[] {
  return dossier.agency_successor_id ? [dossier.agency_id, dossier.agency_successor_id] : [dossier.agency_id];
}

/** Staff may read a dossier received or processed by one of their agencies (or by an agency merged into one). */
export function staffMayRead(actor: Actor, dossier: DossierRow): boolean {
  return receivingDesks(dossier).some((id) => actor.agencyIds.includes(id)) || actor.agencyIds.includes(dossier.processing_agency_id);
}

/**
 * Why this actor may not take this action on this dossier, or null. The one-stop desk acts for the agency that
 * received the dossier (or, after a merger, its successor); specialists and leaders for the agency processing it; a specialist's processing actions
 * belong to the dossier's assignee. (Which role and status allow the action is the state machine's question.)
 */
export function scopeRefusal(actor: Actor, dossier: DossierRow, action: DossierAction): ForbiddenError | null {
  if (!isStaff(actor)) return null;
  const agencyIds = actor.role === 'desk_officer' ? receivingDesks(dossier) : [dossier.processing_agency_id];
  if (!agencyIds.some((id) => actor.agencyIds.includes(id))) {
    return new ForbiddenError(
      'DOSSIER.OUT_OF_SCOPE',
      actor.role === 'desk_officer'
        ? 'Hồ sơ do cơ quan khác tiếp nhận; bộ phận một cửa của cơ quan đó mới được thao tác / Another agency received this dossier; its one-stop desk acts on it'
        : 'Hồ sơ đang do cơ quan khác xử lý / Another agency is processing this dossier',
    );
  }
  if (actor.role === 'specialist' && ASSIGNEE_ONLY.has(action) && dossier.status !== 'received' && dossier.assignee_user_id !== actor.userId) {
    return new ForbiddenError(
      'DOSSIER.NOT_ASSIGNEE',
      `Hồ sơ được phân công cho ${dossier.assignee_name ?? 'chuyên viên khác'}; chỉ người được phân công mới xử lý / ` +
        'This dossier is assigned to someone else; only the assignee may process it',
    );
  }
  return null;
}
