import type { Router } from '@angular/router';
import type { Label } from '@dvc/shared/domain';
import { CM } from '../i18n/messages';

/** What a catalogue page says after another one sent the admin there (a draft created, copied or deleted). */
export type CatalogueNotice = 'created' | 'drafted' | 'deleted';

const KEY = 'catalogueNotice';
const NOTICES: Record<CatalogueNotice, Label> = { created: CM.noticeCreated, drafted: CM.noticeDrafted, deleted: CM.noticeDeleted };

/** Navigation state carrying a notice to the next page. */
export function noticeState(notice: CatalogueNotice): Record<string, CatalogueNotice> {
  return { [KEY]: notice };
}

/** The notice of the navigation that is creating the page, if any (read in the page's constructor). */
export function currentNotice(router: Router): Label | null {
  const notice: unknown = router.currentNavigation()?.extras.state?.[KEY];
  return notice === 'created' || notice === 'drafted' || notice === 'deleted' ? NOTICES[notice] : null;
}
