import { ACTIONS_REQUIRING_REASON, type DossierAction, type Label, type ReturnMethod } from '@dvc/shared/domain';
import type { DossierActionRequest } from '@dvc/shared/contracts';
import { M } from '../i18n/messages';

/** What an action asks the user for before it is sent (besides the version, which is always sent). */
export type ActionField = 'reason' | 'items' | 'agency' | 'assignee' | 'consultationDueDate' | 'consultationCounts' | 'newDueDate' | 'returnMethod';

/** A value the form checks before sending; the server checks again and names what is missing. */
export type FormProblem = 'reason' | 'items' | 'agency' | 'assignee' | 'consultationDueDate' | 'newDueDate' | 'returnMethod' | 'collectedBy' | 'waybill';

const FIELDS: Partial<Record<DossierAction, readonly ActionField[]>> = {
  refuse: ['reason'],
  send_back: ['reason'],
  record_consultation: ['reason'],
  request_supplement: ['items', 'reason'],
  consult: ['agency', 'consultationDueDate', 'consultationCounts', 'reason'],
  apologise: ['newDueDate', 'reason'],
  transfer: ['agency'],
  reassign: ['assignee'],
  return_result: ['returnMethod'],
};

/** The inputs of an action's inline form; empty for an action that runs at once. */
export function actionFields(action: DossierAction): readonly ActionField[] {
  const fields = FIELDS[action] ?? [];
  return ACTIONS_REQUIRING_REASON.includes(action) && !fields.includes('reason') ? [...fields, 'reason'] : fields;
}

const REASON_LABELS: Partial<Record<DossierAction, Label>> = {
  consult: M.consultQuestion,
  record_consultation: M.consultAnswer,
  apologise: M.apologyReason,
};

/** What the reason box is called for each action. */
export function reasonLabel(action: DossierAction): Label {
  return REASON_LABELS[action] ?? M.reason;
}

/** Everything the user typed or chose in an action form. */
export interface ActionFormValues {
  reason: string;
  items: string;
  agencyId: string;
  assigneeId: string;
  consultationDueDate: string;
  consultationCounts: boolean;
  newDueDate: string;
  returnMethod: ReturnMethod | '';
  collectedBy: string;
  waybill: string;
}

export const EMPTY_FORM: ActionFormValues = {
  reason: '', items: '', agencyId: '', assigneeId: '', consultationDueDate: '', consultationCounts: true, newDueDate: '',
  returnMethod: '', collectedBy: '', waybill: '',
};

/** One item per line, blank lines ignored. */
export function splitItems(text: string): string[] {
  return text.split('\n').map((item) => item.trim()).filter(Boolean);
}

/** The problems that keep the form from being sent, in the order the fields appear. */
export function formProblems(action: DossierAction, values: ActionFormValues): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const field of actionFields(action)) {
    switch (field) {
      case 'reason':
        if (!values.reason.trim()) problems.push('reason');
        break;
      case 'items':
        if (splitItems(values.items).length === 0) problems.push('items');
        break;
      case 'agency':
        if (!values.agencyId) problems.push('agency');
        break;
      case 'assignee':
        if (!values.assigneeId) problems.push('assignee');
        break;
      case 'consultationDueDate':
        if (!values.consultationDueDate) problems.push('consultationDueDate');
        break;
      case 'newDueDate':
        if (!values.newDueDate) problems.push('newDueDate');
        break;
      case 'returnMethod':
        if (!values.returnMethod) problems.push('returnMethod');
        else if (values.returnMethod === 'counter' && !values.collectedBy.trim()) problems.push('collectedBy');
        else if (values.returnMethod === 'post' && !values.waybill.trim()) problems.push('waybill');
        break;
      case 'consultationCounts':
        break;
    }
  }
  return problems;
}

/**
 * The request body: the version plus only the fields this action reads (the API rejects the others). A new
 * appointment chosen as a day means the end of that office day in Vietnam (17:00, UTC+7).
 */
export function actionRequest(action: DossierAction, version: number, values: ActionFormValues): DossierActionRequest {
  const request: DossierActionRequest = { version };
  for (const field of actionFields(action)) {
    switch (field) {
      case 'reason':
        request.reason = values.reason.trim();
        break;
      case 'items':
        request.items = splitItems(values.items);
        break;
      case 'agency':
        request.agencyId = values.agencyId;
        break;
      case 'assignee':
        request.assigneeId = values.assigneeId;
        break;
      case 'consultationDueDate':
        request.consultationDueDate = values.consultationDueDate;
        break;
      case 'consultationCounts':
        request.consultationCounts = values.consultationCounts;
        break;
      case 'newDueDate':
        request.newDueAt = `${values.newDueDate}T17:00:00+07:00`;
        break;
      case 'returnMethod':
        if (values.returnMethod) request.returnMethod = values.returnMethod;
        if (values.returnMethod === 'counter') request.collectedBy = values.collectedBy.trim();
        if (values.returnMethod === 'post') request.waybill = values.waybill.trim();
        break;
    }
  }
  return request;
}
