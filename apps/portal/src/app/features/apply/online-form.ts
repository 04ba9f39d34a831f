import { validateFormData, type FormProperty, type Label, type OnlineForm } from '@dvc/shared/domain';

/** How one field of a procedure's online form is drawn. */
export type FormWidget = 'text' | 'email' | 'textarea' | 'date' | 'number' | 'select' | 'radio' | 'checkbox';

export interface FormOption {
  value: string;
  label: Label;
}

/** One field of the online form, ready to render: the JSON Schema property and its UI hints read together. */
export interface FormControlView {
  key: string;
  /** The element id (`field-<key>`); for a radio group, the id of its first radio. */
  id: string;
  label: string;
  /** The record's help text (ui.help, else the schema description). */
  help: string | null;
  placeholder: string | null;
  widget: FormWidget;
  required: boolean;
  options: FormOption[];
  maxLength: number | null;
  integer: boolean;
  /** What the schema allows, in words ("Tối đa 200 ký tự", "Từ 0 đến 10"); null when nothing to say. */
  rule: Label | null;
}

const YES_NO: FormOption[] = [
  { value: 'true', label: { vi: 'Có', en: 'Yes' } },
  { value: 'false', label: { vi: 'Không', en: 'No' } },
];

export const fieldId = (key: string): string => `field-${key}`;

function widgetOf(property: FormProperty, hint: OnlineForm['ui'][string] | undefined): FormWidget {
  const asked = hint?.widget;
  if (property.type === 'boolean') return asked === 'radio' || asked === 'select' ? asked : 'checkbox';
  if (property.enum) return asked === 'radio' ? 'radio' : 'select';
  if (property.type === 'number' || property.type === 'integer') return 'number';
  if (property.format === 'date') return 'date';
  if (property.format === 'email') return 'email';
  return asked === 'textarea' ? 'textarea' : 'text';
}

function ruleOf(property: FormProperty, widget: FormWidget): Label | null {
  if (widget === 'number') {
    const { minimum: min, maximum: max } = property;
    if (min !== undefined && max !== undefined) return { vi: `Từ ${min} đến ${max}`, en: `From ${min} to ${max}` };
    if (min !== undefined) return { vi: `Từ ${min} trở lên`, en: `${min} or more` };
    if (max !== undefined) return { vi: `Tối đa ${max}`, en: `At most ${max}` };
    return null;
  }
  if (widget !== 'text' && widget !== 'textarea') return null;
  const { minLength: min, maxLength: max } = property;
  if (min !== undefined && max !== undefined) return { vi: `Từ ${min} đến ${max} ký tự`, en: `${min} to ${max} characters` };
  if (max !== undefined) return { vi: `Tối đa ${max} ký tự`, en: `At most ${max} characters` };
  if (min !== undefined) return { vi: `Tối thiểu ${min} ký tự`, en: `At least ${min} characters` };
  return null;
}

/** The form's fields in display order (ui order, then schema order). */
export function formControls(form: OnlineForm): FormControlView[] {
  const { properties, required } = form.schema;
  const keys = Object.keys(properties);
  return keys
    .map((key, index) => ({ key, index, order: form.ui[key]?.order ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .flatMap(({ key }) => {
      const property = properties[key];
      if (!property) return [];
      const hint = form.ui[key];
      const widget = widgetOf(property, hint);
      const options = property.type === 'boolean' ? YES_NO : (property.enum ?? []).map((value) => ({ value, label: { vi: value, en: value } }));
      const control: FormControlView = {
        key,
        id: widget === 'radio' ? `${fieldId(key)}-0` : fieldId(key),
        label: property.title,
        help: hint?.help ?? property.description ?? null,
        placeholder: hint?.placeholder ?? null,
        widget,
        required: required.includes(key),
        options,
        maxLength: property.maxLength ?? null,
        integer: property.type === 'integer',
        rule: ruleOf(property, widget),
      };
      return [control];
    });
}

/**
 * What is sent as `formData`: trimmed text, empty answers left out, a decimal comma read as a point, and a
 * checkbox as "true" (or "false" when the question must be answered).
 */
export function formDataFor(form: OnlineForm, values: Readonly<Record<string, string>>): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [key, property] of Object.entries(form.schema.properties)) {
    let value = (values[key] ?? '').trim();
    if (property.type === 'boolean' && value === '' && form.schema.required.includes(key) && widgetOf(property, form.ui[key]) === 'checkbox') {
      value = 'false';
    }
    if (property.type === 'number' || property.type === 'integer') value = value.replace(',', '.');
    if (value !== '') data[key] = value;
  }
  return data;
}

/**
 * The problems the API would report, found in the browser with the same rule (`validateFormData`), one per field.
 * A missing answer reads `required`; a pattern mismatch is followed by the field's help or an example, since
 * "not in the expected format" alone does not say what is expected.
 */
export function formProblems(form: OnlineForm, values: Readonly<Record<string, string>>, required: Label): Record<string, Label> {
  const problems: Record<string, Label> = {};
  for (const problem of validateFormData(form, formDataFor(form, values)).problems) {
    if (problems[problem.field]) continue;
    problems[problem.field] = problem.code === 'REQUIRED' ? required : problem.code === 'PATTERN' ? withExpectation(problem.message, form, problem.field) : problem.message;
  }
  return problems;
}

function withExpectation(message: Label, form: OnlineForm, key: string): Label {
  const hint = form.ui[key];
  const help = hint?.help ?? form.schema.properties[key]?.description;
  if (help) return { vi: `${message.vi}. ${help}`, en: `${message.en}. ${help}` };
  if (hint?.placeholder) return { vi: `${message.vi}, ví dụ: ${hint.placeholder}`, en: `${message.en}, e.g. ${hint.placeholder}` };
  return message;
}
