import type { Label } from './dossier-lifecycle';
import { TIME_UNITS } from './dossier-lifecycle.types';
import type { OnlineForm, ProcedureRecord } from './procedure-record';

/** One problem of a record, at a path such as `cases[0].components[1].acceptedTypes`. */
export interface RecordProblem {
  path: string;
  code: string;
  message: Label;
}

export const ACCEPTED_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
const LEVELS = ['ministry', 'province', 'commune'];
const APPLICANT_TYPES = ['citizen', 'enterprise', 'organisation'];
const CHANNELS = ['counter', 'online', 'postal'];
const ONLINE_LEVELS = ['full', 'partial', 'none'];
const ROLES = ['desk_officer', 'specialist', 'leader'];
const PROPERTY_TYPES = ['string', 'number', 'integer', 'boolean'];
const WIDGETS = ['text', 'textarea', 'select', 'radio', 'checkbox', 'date', 'number'];
/** `1.001193`, `2.000815`, local variants `1.000656.000.00.00.H56`, `1.012753.H19`. */
const PROCEDURE_CODE = /^\d\.\d{6}(\.[0-9A-Z]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 10_000): value is string => typeof value === 'string' && value.length <= max;
const isWhole = (value: unknown, min = 0): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min;

/** The keys each object of a record may have: anything else is refused, so nothing is silently dropped or kept. */
const KEYS: Record<string, readonly string[]> = {
  record: [
    'code', 'name', 'publishingAgency', 'type', 'description', 'keywords', 'conditions', 'whereToSubmit', 'sectors', 'levels', 'applicantTypes',
    'agencies', 'cases', 'channels', 'results', 'legalBasis', 'related', 'linked', 'onlineLevels', 'flags', 'tutorialVideoUrl',
    'internalProcess', 'supplementRestarts', 'form', 'illustrative',
  ],
  sector: ['code', 'name'],
  agencies: ['implementing', 'competent', 'authorised', 'coordinating'],
  case: ['code', 'name', 'steps', 'components'],
  component: ['code', 'name', 'originals', 'copies', 'required', 'template', 'replaceableByResultCode', 'acceptedTypes', 'maxSizeMb'],
  template: ['fileName', 'url'],
  channel: ['channel', 'timeLimit', 'description', 'fees'],
  timeLimit: ['value', 'unit'],
  fee: ['code', 'name', 'amount', 'unit', 'description', 'schedule'],
  result: ['code', 'name', 'template'],
  legalBasis: ['number', 'title', 'issuedOn', 'effectiveOn', 'issuer', 'url'],
  onlineLevel: ['agencyCode', 'level'],
  flags: ['feeBearing', 'noResultDocument', 'handledAtOneStop', 'nonBoundary', 'interAgency', 'featured'],
  processStep: ['code', 'name', 'role', 'hours'],
  form: ['schema', 'ui'],
  schema: ['type', 'properties', 'required', 'additionalProperties'],
  property: ['type', 'title', 'description', 'format', 'enum', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern'],
  uiHint: ['order', 'widget', 'placeholder', 'help'],
};

function unknownKeys(value: unknown, kind: keyof typeof KEYS, path: string): RecordProblem[] {
  if (!isObject(value)) return [];
  const allowed = KEYS[kind] ?? [];
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({
      path: path ? `${path}.${key}` : key,
      code: 'UNKNOWN_FIELD',
      message: { vi: `Trường «${key}» không có trong cấu trúc thủ tục`, en: `"${key}" is not a field of a procedure record` },
    }));
}

/** Unknown keys anywhere in a record, with their paths. */
function unknownKeysOfRecord(record: Json): RecordProblem[] {
  const each = (key: string, kind: keyof typeof KEYS) => (Array.isArray(record[key]) ? (record[key] as unknown[]).flatMap((item, index) => unknownKeys(item, kind, `${key}[${index}]`)) : []);
  const problems = [
    ...unknownKeys(record, 'record', ''), ...each('sectors', 'sector'), ...unknownKeys(record['agencies'], 'agencies', 'agencies'),
    ...each('results', 'result'), ...each('legalBasis', 'legalBasis'), ...each('onlineLevels', 'onlineLevel'), ...unknownKeys(record['flags'], 'flags', 'flags'),
    ...each('internalProcess', 'processStep'), ...unknownKeys(record['form'], 'form', 'form'),
  ];
  if (Array.isArray(record['cases'])) {
    record['cases'].forEach((item: unknown, caseIndex) => {
      problems.push(...unknownKeys(item, 'case', `cases[${caseIndex}]`));
      const components = isObject(item) && Array.isArray(item['components']) ? item['components'] : [];
      components.forEach((component: unknown, index) => {
        problems.push(...unknownKeys(component, 'component', `cases[${caseIndex}].components[${index}]`));
        if (isObject(component)) problems.push(...unknownKeys(component['template'], 'template', `cases[${caseIndex}].components[${index}].template`));
      });
    });
  }
  if (Array.isArray(record['channels'])) {
    record['channels'].forEach((item: unknown, index) => {
      problems.push(...unknownKeys(item, 'channel', `channels[${index}]`));
      if (!isObject(item)) return;
      problems.push(...unknownKeys(item['timeLimit'], 'timeLimit', `channels[${index}].timeLimit`));
      if (Array.isArray(item['fees'])) item['fees'].forEach((fee: unknown, feeIndex) => problems.push(...unknownKeys(fee, 'fee', `channels[${index}].fees[${feeIndex}]`)));
    });
  }
  const form = record['form'];
  if (isObject(form)) {
    problems.push(...unknownKeys(form['schema'], 'schema', 'form.schema'));
    const schema = form['schema'];
    if (isObject(schema) && isObject(schema['properties'])) {
      for (const [key, property] of Object.entries(schema['properties'])) problems.push(...unknownKeys(property, 'property', `form.schema.properties.${key}`));
    }
    if (isObject(form['ui'])) for (const [key, hint] of Object.entries(form['ui'])) problems.push(...unknownKeys(hint, 'uiHint', `form.ui.${key}`));
  }
  return problems;
}

/** The legal time of the online channel (else the counter's), in working hours, or null for calendar days. */
export function legalHours(record: Pick<ProcedureRecord, 'channels'>): number | null {
  const channel = record.channels.find((candidate) => candidate.channel === 'online') ?? record.channels.find((candidate) => candidate.channel === 'counter') ?? record.channels[0];
  if (!channel) return null;
  switch (channel.timeLimit.unit) {
    case 'working_days':
      return channel.timeLimit.value * 8;
    case 'working_hours':
      return channel.timeLimit.value;
    case 'calendar_days':
      return null;
  }
}

/**
 * Checks a record as it arrives (from an import, an edit): shape, codes, the internal process summing to the legal
 * time, the online form's schema, fees against the fee flag. Reports every problem, not just the first.
 */
export function validateProcedureRecord(input: unknown): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const problem = (path: string, code: string, vi: string, en: string) => problems.push({ path, code, message: { vi, en } });
  if (!isObject(input)) {
    problem('', 'NOT_AN_OBJECT', 'Bản ghi phải là một đối tượng JSON', 'The record must be a JSON object');
    return problems;
  }
  const record = input;
  problems.push(...unknownKeysOfRecord(record));
  const text = (key: string, required: boolean, max = 10_000) => {
    const value = record[key];
    if (value === undefined || value === null || value === '') {
      if (required) problem(key, 'REQUIRED', `Thiếu «${key}»`, `"${key}" is required`);
      return;
    }
    if (!isText(value, max)) problem(key, 'TEXT', `«${key}» phải là chuỗi tối đa ${max} ký tự`, `"${key}" must be text of at most ${max} characters`);
  };
  const list = (key: string, allowed?: readonly string[], nonEmpty = false): unknown[] => {
    const value = record[key];
    if (!Array.isArray(value)) {
      problem(key, 'ARRAY', `«${key}» phải là một danh sách`, `"${key}" must be a list`);
      return [];
    }
    if (nonEmpty && value.length === 0) problem(key, 'EMPTY', `«${key}» không được để trống`, `"${key}" may not be empty`);
    if (allowed) {
      value.forEach((item, index) => {
        if (typeof item !== 'string' || !allowed.includes(item)) problem(`${key}[${index}]`, 'NOT_ALLOWED', `Giá trị không hợp lệ, dùng: ${allowed.join(', ')}`, `Not allowed; use one of ${allowed.join(', ')}`);
      });
    }
    return value;
  };

  if (typeof record['code'] !== 'string' || !PROCEDURE_CODE.test(record['code'])) {
    problem('code', 'CODE_FORMAT', 'Mã thủ tục phải có dạng d.dddddd (có thể thêm hậu tố địa phương)', 'The code must look like d.dddddd (optionally with a local suffix)');
  }
  text('name', true, 500);
  text('publishingAgency', true, 300);
  text('type', false, 300);
  text('description', false);
  text('conditions', false);
  text('whereToSubmit', false, 2000);
  list('keywords').forEach((keyword, index) => {
    if (!isText(keyword, 100)) problem(`keywords[${index}]`, 'TEXT', 'Từ khóa phải là chuỗi ngắn', 'A keyword must be short text');
  });
  list('sectors', undefined, true).forEach((sector, index) => {
    if (!isObject(sector) || !isText(sector['code'], 50) || !sector['code'] || !isText(sector['name'], 300) || !sector['name']) {
      problem(`sectors[${index}]`, 'SECTOR', 'Lĩnh vực cần mã và tên', 'A sector needs a code and a name');
    }
  });
  list('levels', LEVELS, true);
  list('applicantTypes', APPLICANT_TYPES, true);
  list('related');
  list('linked');

  const agencies = record['agencies'];
  if (!isObject(agencies)) {
    problem('agencies', 'AGENCIES', 'Thiếu danh sách cơ quan (thực hiện, có thẩm quyền, được ủy quyền, phối hợp)', 'Agencies (implementing, competent, authorised, coordinating) are required');
  } else {
    for (const role of ['implementing', 'competent', 'authorised', 'coordinating']) {
      if (!Array.isArray(agencies[role]) || !(agencies[role] as unknown[]).every((code) => isText(code, 300))) {
        problem(`agencies.${role}`, 'ARRAY', `«agencies.${role}» phải là danh sách mã cơ quan`, `"agencies.${role}" must be a list of agency codes`);
      }
    }
  }

  const cases = list('cases', undefined, true);
  cases.forEach((item, caseIndex) => {
    const path = `cases[${caseIndex}]`;
    if (!isObject(item)) return void problem(path, 'CASE', 'Trường hợp phải là một đối tượng', 'A case must be an object');
    if (!isText(item['code'], 50) || !item['code']) problem(`${path}.code`, 'REQUIRED', 'Thiếu mã trường hợp', 'The case code is required');
    if (!isText(item['name'], 500)) problem(`${path}.name`, 'TEXT', 'Tên trường hợp phải là chuỗi', 'The case name must be text');
    if (!Array.isArray(item['steps']) || item['steps'].length === 0 || !item['steps'].every((step) => isText(step, 2000) && step.length > 0)) {
      problem(`${path}.steps`, 'STEPS', 'Cần ít nhất một bước thực hiện', 'At least one step is required');
    }
    const components = Array.isArray(item['components']) ? item['components'] : [];
    if (!Array.isArray(item['components'])) problem(`${path}.components`, 'ARRAY', 'Thành phần hồ sơ phải là danh sách', 'Components must be a list');
    const seen = new Set<string>();
    components.forEach((component: unknown, index) => {
      const at = `${path}.components[${index}]`;
      if (!isObject(component)) return void problem(at, 'COMPONENT', 'Thành phần phải là một đối tượng', 'A component must be an object');
      const code = component['code'];
      if (!isText(code, 50) || !code) problem(`${at}.code`, 'REQUIRED', 'Thiếu mã thành phần', 'The component code is required');
      else if (seen.has(code)) problem(`${at}.code`, 'DUPLICATE', `Mã thành phần «${code}» bị trùng`, `Component code "${code}" is repeated`);
      else seen.add(code);
      if (!isText(component['name'], 500) || !component['name']) problem(`${at}.name`, 'REQUIRED', 'Thiếu tên thành phần', 'The component name is required');
      if (!isWhole(component['originals']) || !isWhole(component['copies'])) problem(at, 'COUNTS', 'Số bản chính, bản sao phải là số nguyên không âm', 'Originals and copies must be whole numbers ≥ 0');
      if (typeof component['required'] !== 'boolean') problem(`${at}.required`, 'BOOLEAN', '«required» phải là true/false', '"required" must be true or false');
      const types = component['acceptedTypes'];
      if (!Array.isArray(types) || types.length === 0 || !types.every((type) => (ACCEPTED_FILE_TYPES as readonly unknown[]).includes(type))) {
        problem(`${at}.acceptedTypes`, 'FILE_TYPES', `Loại tệp chấp nhận: ${ACCEPTED_FILE_TYPES.join(', ')}`, `Accepted types: ${ACCEPTED_FILE_TYPES.join(', ')}`);
      }
      if (!isWhole(component['maxSizeMb'], 1) || (component['maxSizeMb'] as number) > 50) problem(`${at}.maxSizeMb`, 'MAX_SIZE', 'Dung lượng tối đa từ 1 đến 50 MB', 'Maximum size must be 1–50 MB');
    });
  });

  const channels = list('channels', undefined, true);
  const seenChannels = new Set<string>();
  let feeTotal = 0;
  channels.forEach((item, index) => {
    const path = `channels[${index}]`;
    if (!isObject(item)) return void problem(path, 'CHANNEL', 'Kênh phải là một đối tượng', 'A channel must be an object');
    const channel = item['channel'];
    if (typeof channel !== 'string' || !CHANNELS.includes(channel)) problem(`${path}.channel`, 'NOT_ALLOWED', `Kênh: ${CHANNELS.join(', ')}`, `Channel: ${CHANNELS.join(', ')}`);
    else if (seenChannels.has(channel)) problem(`${path}.channel`, 'DUPLICATE', `Kênh «${channel}» bị trùng`, `Channel "${channel}" is repeated`);
    else seenChannels.add(channel);
    const limit = item['timeLimit'];
    if (!isObject(limit) || !isWhole(limit['value'], 1) || !(TIME_UNITS as readonly unknown[]).includes(limit['unit'])) {
      problem(`${path}.timeLimit`, 'TIME_LIMIT', `Thời hạn: số nguyên dương và đơn vị ${TIME_UNITS.join(', ')}`, `Time limit: a positive whole number and a unit (${TIME_UNITS.join(', ')})`);
    }
    const fees = Array.isArray(item['fees']) ? item['fees'] : [];
    if (!Array.isArray(item['fees'])) problem(`${path}.fees`, 'ARRAY', 'Phí, lệ phí phải là danh sách', 'Fees must be a list');
    fees.forEach((fee: unknown, feeIndex) => {
      if (!isObject(fee) || !isText(fee['code'], 50) || !isText(fee['name'], 500) || !isWhole(fee['amount'])) {
        problem(`${path}.fees[${feeIndex}]`, 'FEE', 'Phí cần mã, tên và số tiền (đồng, số nguyên không âm)', 'A fee needs a code, a name and an amount (whole đồng ≥ 0)');
      } else {
        feeTotal = Math.max(feeTotal, fee['amount']);
      }
    });
  });

  list('results').forEach((item, index) => {
    if (!isObject(item) || !isText(item['code'], 50) || !isText(item['name'], 500) || !item['name']) problem(`results[${index}]`, 'RESULT', 'Kết quả cần mã và tên', 'A result needs a code and a name');
  });
  list('legalBasis').forEach((item, index) => {
    const path = `legalBasis[${index}]`;
    if (!isObject(item) || !isText(item['number'], 200) || !item['number'] || !isText(item['title'], 1000)) {
      return void problem(path, 'LEGAL_BASIS', 'Căn cứ pháp lý cần số hiệu và trích yếu', 'A legal basis needs a number and a title');
    }
    for (const key of ['issuedOn', 'effectiveOn']) {
      const value = item[key];
      if (value !== null && value !== undefined && !(typeof value === 'string' && DATE.test(value))) problem(`${path}.${key}`, 'DATE', 'Ngày dạng YYYY-MM-DD', 'Dates as YYYY-MM-DD');
    }
  });

  list('onlineLevels').forEach((item, index) => {
    if (!isObject(item) || !isText(item['agencyCode'], 100) || !item['agencyCode'] || !ONLINE_LEVELS.includes(String(item['level']))) {
      problem(`onlineLevels[${index}]`, 'ONLINE_LEVEL', `Mức trực tuyến theo cơ quan: mã cơ quan và ${ONLINE_LEVELS.join('/')}`, `Online level per agency: an agency code and ${ONLINE_LEVELS.join('/')}`);
    }
  });

  const flags = record['flags'];
  if (!isObject(flags) || !['feeBearing', 'noResultDocument', 'handledAtOneStop', 'nonBoundary', 'interAgency', 'featured'].every((key) => typeof flags[key] === 'boolean')) {
    problem('flags', 'FLAGS', 'Các cờ (có phí, không có kết quả, một cửa, phi địa giới, liên thông, nổi bật) phải là true/false', 'The flags must all be true or false');
  } else if (flags['feeBearing'] !== feeTotal > 0) {
    problem('flags.feeBearing', 'FEE_FLAG', 'Cờ «có phí» không khớp với các khoản phí', 'The fee-bearing flag does not match the fees');
  }
  if (typeof record['supplementRestarts'] !== 'boolean') problem('supplementRestarts', 'BOOLEAN', '«supplementRestarts» phải là true/false', '"supplementRestarts" must be true or false');
  if (typeof record['illustrative'] !== 'boolean') problem('illustrative', 'BOOLEAN', '«illustrative» phải là true/false', '"illustrative" must be true or false');
  const video = record['tutorialVideoUrl'];
  if (video !== null && video !== undefined && !(typeof video === 'string' && /^https?:\/\//.test(video))) problem('tutorialVideoUrl', 'URL', 'Đường dẫn video phải bắt đầu bằng http(s)://', 'The video link must start with http(s)://');

  const process = list('internalProcess', undefined, true);
  let hours = 0;
  process.forEach((step, index) => {
    const path = `internalProcess[${index}]`;
    if (!isObject(step) || !isText(step['code'], 50) || !isText(step['name'], 300) || !step['name'] || !ROLES.includes(String(step['role'])) || typeof step['hours'] !== 'number' || step['hours'] <= 0) {
      return void problem(path, 'PROCESS_STEP', `Bước quy trình cần mã, tên, vai trò (${ROLES.join(', ')}) và số giờ > 0`, `A process step needs a code, a name, a role (${ROLES.join(', ')}) and hours > 0`);
    }
    hours += step['hours'];
  });
  if (problems.every((existing) => !existing.path.startsWith('channels')) && channels.length > 0) {
    const legal = legalHours(record as unknown as ProcedureRecord);
    if (legal !== null && process.length > 0 && Math.abs(hours - legal) > 1e-6) {
      problem('internalProcess', 'PROCESS_SUM', `Tổng thời gian các bước (${hours} giờ) phải bằng thời hạn giải quyết (${legal} giờ làm việc)`, `The steps add up to ${hours} h; the legal time is ${legal} working hours`);
    }
  }

  problems.push(...validateOnlineForm(record['form']));
  return problems;
}

function validateOnlineForm(form: unknown): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const problem = (path: string, code: string, vi: string, en: string) => problems.push({ path, code, message: { vi, en } });
  if (!isObject(form) || !isObject(form['schema']) || !isObject(form['ui'])) {
    problem('form', 'FORM', 'Biểu mẫu trực tuyến cần «schema» và «ui»', 'The online form needs "schema" and "ui"');
    return problems;
  }
  const schema = form['schema'];
  const ui = form['ui'];
  if (schema['type'] !== 'object' || schema['additionalProperties'] !== false || !isObject(schema['properties']) || !Array.isArray(schema['required'])) {
    problem('form.schema', 'SCHEMA', 'Schema phải là object với properties, required và additionalProperties: false', 'The schema must be an object with properties, required and additionalProperties: false');
    return problems;
  }
  const properties = schema['properties'];
  for (const [key, property] of Object.entries(properties)) {
    const path = `form.schema.properties.${key}`;
    if (!/^[A-Za-z][A-Za-z0-9_]{0,49}$/.test(key)) problem(path, 'KEY', 'Tên trường chỉ gồm chữ cái, chữ số, gạch dưới', 'Field keys are letters, digits and underscores');
    if (!isObject(property) || !PROPERTY_TYPES.includes(String(property['type'])) || !isText(property['title'], 300) || !property['title']) {
      problem(path, 'PROPERTY', `Trường cần «type» (${PROPERTY_TYPES.join(', ')}) và «title»`, `A field needs a "type" (${PROPERTY_TYPES.join(', ')}) and a "title"`);
      continue;
    }
    if (property['format'] !== undefined && !['date', 'email'].includes(String(property['format']))) problem(`${path}.format`, 'FORMAT', 'format: date hoặc email', 'format: date or email');
    if (property['enum'] !== undefined && !(Array.isArray(property['enum']) && property['enum'].length > 0 && property['enum'].every((option) => isText(option, 300)))) {
      problem(`${path}.enum`, 'ENUM', 'enum phải là danh sách lựa chọn', 'enum must be a list of options');
    }
    if (property['pattern'] !== undefined) {
      try {
        new RegExp(String(property['pattern']));
      } catch {
        problem(`${path}.pattern`, 'PATTERN', 'Biểu thức pattern không hợp lệ', 'The pattern is not a valid regular expression');
      }
    }
    const hint = ui[key];
    if (!isObject(hint) || typeof hint['order'] !== 'number' || (hint['widget'] !== undefined && !WIDGETS.includes(String(hint['widget'])))) {
      problem(`form.ui.${key}`, 'UI_HINT', 'Mỗi trường cần gợi ý hiển thị (order, widget)', 'Each field needs a UI hint (order, widget)');
    }
  }
  (schema['required'] as unknown[]).forEach((key, index) => {
    if (typeof key !== 'string' || !(key in properties)) problem(`form.schema.required[${index}]`, 'REQUIRED_UNKNOWN', `«${String(key)}» bắt buộc nhưng không có trong properties`, `"${String(key)}" is required but not a property`);
  });
  return problems;
}

export interface FormDataProblem {
  field: string;
  code: string;
  message: Label;
}

/**
 * The citizen's answers checked against the procedure's online form (the API decides; the portal shows the same
 * problems before sending). Values arrive as text from the browser; they are kept as trimmed text.
 */
export function validateFormData(form: OnlineForm, data: Record<string, unknown>): { value: Record<string, string>; problems: FormDataProblem[] } {
  const problems: FormDataProblem[] = [];
  const value: Record<string, string> = {};
  const { properties, required } = form.schema;
  for (const key of Object.keys(data)) {
    if (!(key in properties)) {
      problems.push({ field: key, code: 'UNKNOWN_FIELD', message: { vi: `Trường «${key}» không có trong biểu mẫu`, en: `"${key}" is not a field of this form` } });
    }
  }
  for (const [key, property] of Object.entries(properties)) {
    const raw = data[key];
    const title = property.title;
    const fail = (code: string, vi: string, en: string) => problems.push({ field: key, code, message: { vi, en } });
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      if (required.includes(key)) fail('REQUIRED', `Hãy nhập «${title}»`, `"${title}" is required`);
      continue;
    }
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
      fail('TYPE', `«${title}» không hợp lệ`, `"${title}" is not valid`);
      continue;
    }
    const text = String(raw).trim();
    switch (property.type) {
      case 'boolean':
        if (text !== 'true' && text !== 'false') fail('BOOLEAN', `«${title}»: có hoặc không`, `"${title}": yes or no`);
        break;
      case 'integer':
      case 'number': {
        const number = Number(text);
        if (!/^-?\d+(\.\d+)?$/.test(text) || (property.type === 'integer' && !Number.isInteger(number))) {
          fail('NUMBER', `«${title}» phải là ${property.type === 'integer' ? 'số nguyên' : 'số'}`, `"${title}" must be a ${property.type === 'integer' ? 'whole number' : 'number'}`);
        } else if ((property.minimum !== undefined && number < property.minimum) || (property.maximum !== undefined && number > property.maximum)) {
          fail('RANGE', `«${title}» phải từ ${property.minimum ?? '…'} đến ${property.maximum ?? '…'}`, `"${title}" must be between ${property.minimum ?? '…'} and ${property.maximum ?? '…'}`);
        }
        break;
      }
      case 'string':
        if (property.maxLength !== undefined && text.length > property.maxLength) fail('MAX_LENGTH', `«${title}» tối đa ${property.maxLength} ký tự`, `"${title}" is at most ${property.maxLength} characters`);
        else if (property.minLength !== undefined && text.length < property.minLength) fail('MIN_LENGTH', `«${title}» tối thiểu ${property.minLength} ký tự`, `"${title}" is at least ${property.minLength} characters`);
        else if (property.format === 'date' && !(DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text)) fail('DATE', `«${title}» phải là ngày dạng YYYY-MM-DD`, `"${title}" must be a date YYYY-MM-DD`);
        else if (property.format === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) fail('EMAIL', `«${title}» phải là địa chỉ thư điện tử`, `"${title}" must be an e-mail address`);
        else if (property.enum && !property.enum.includes(text)) fail('ENUM', `«${title}»: chọn trong danh sách`, `"${title}": choose from the list`);
        else if (property.pattern && !new RegExp(property.pattern).test(text)) fail('PATTERN', `«${title}» không đúng định dạng`, `"${title}" is not in the expected format`);
        break;
    }
    if (!problems.some((problem) => problem.field === key)) value[key] = text;
  }
  return { value, problems };
}

export interface RecordChange {
  path: string;
  before: unknown;
  after: unknown;
}

/**
 * What changed between two versions of a record, path by path (lists of coded items are matched by code, so a
 * reordered or inserted component reads as one change, not a cascade).
 */
export function diffRecords(before: unknown, after: unknown, path = ''): RecordChange[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    const coded = (items: unknown[]) => items.every((item) => isObject(item) && typeof item['code'] === 'string');
    if (coded(before) && coded(after)) {
      const byCode = (items: unknown[]) => new Map(items.map((item) => [(item as Json)['code'] as string, item]));
      const a = byCode(before);
      const b = byCode(after);
      const changes: RecordChange[] = [];
      for (const code of new Set([...a.keys(), ...b.keys()])) changes.push(...diffRecords(a.get(code), b.get(code), `${path}[${code}]`));
      return changes;
    }
    const changes: RecordChange[] = [];
    for (let index = 0; index < Math.max(before.length, after.length); index += 1) changes.push(...diffRecords(before[index], after[index], `${path}[${index}]`));
    return changes;
  }
  if (isObject(before) && isObject(after)) {
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].flatMap((key) => diffRecords(before[key], after[key], path ? `${path}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, before: before ?? null, after: after ?? null }];
}
