import type {
  ApplicantType, ChannelCode, ComponentRecord, FeeRecord, FileTemplate, FormProperty, FormUiHint, LegalBasisEntry, OnlineForm, OnlineLevelCode,
  ProcedureCase, ProcedureChannel, ProcedureFlags, ProcedureRecord,
} from '@dvc/shared/contracts';
import type { ProcessStep, TimeLimit } from '@dvc/shared/domain';
import { COMMUNE_CODES, SERVICE_CENTRE } from './agencies';

/**
 * Small builders for the demo catalogue, so each record reads as its content (names, steps, documents, fees, form)
 * rather than as the repeated shape of the national record.
 */

// ---------------------------------------------------------------------------------------------------------------
// Time limits and the internal process

export const workingDays = (value: number): TimeLimit => ({ value, unit: 'working_days' });
export const workingHours = (value: number): TimeLimit => ({ value, unit: 'working_hours' });
export const calendarDays = (value: number): TimeLimit => ({ value, unit: 'calendar_days' });

/**
 * The working hours a time limit stands for: working days × 8, working hours as they are. A limit in calendar days
 * has no fixed number of working hours; the internal process uses the working days it usually spans (five in seven,
 * rounded to whole days) × 8, e.g. 30 calendar days → 21 working days → 168 hours.
 */
export function workingHoursOf(limit: TimeLimit): number {
  switch (limit.unit) {
    case 'working_days':
      return limit.value * 8;
    case 'working_hours':
      return limit.value;
    case 'calendar_days':
      return Math.max(1, Math.round((limit.value * 5) / 7)) * 8;
  }
}

const quarter = (hours: number, min = 0.25) => Math.max(min, Math.round(hours * 4) / 4);

export interface ProcessNames {
  /** What the desk officer checks on reception. */
  receive?: string;
  /** The specialist's appraisal (the longest step). */
  appraise?: string;
  /** A consultation or site inspection by the specialist, with its share of the time (default 0.25). */
  consult?: string;
  consultShare?: number;
  /** What the leader approves and signs. */
  approve?: string;
  /** How the result goes back. */
  deliver?: string;
}

/**
 * The internal (electronic) process the province publishes with a procedure: reception (desk officer), appraisal
 * (specialist, optionally a consultation step), approval (leader), return (desk officer). The hours add up exactly to
 * the legal time of the limit given (see `workingHoursOf`); shares are rounded to quarter hours.
 */
export function standardProcess(limit: TimeLimit, names: ProcessNames = {}): ProcessStep[] {
  const total = workingHoursOf(limit);
  const receive = quarter(Math.min(total * 0.1, 8));
  const approve = quarter(Math.min(total * 0.15, 24));
  const deliver = quarter(Math.min(total * 0.05, 4));
  const consult = names.consult ? quarter(total * (names.consultShare ?? 0.25)) : 0;
  const appraise = total - receive - approve - deliver - consult;
  if (appraise <= 0) throw new Error(`standardProcess: ${total} h is too short for the steps`);
  const steps: ProcessStep[] = [
    { code: 'B1', name: names.receive ?? 'Tiếp nhận, kiểm tra tính đầy đủ của hồ sơ, chuyển xử lý', role: 'desk_officer', hours: receive },
    { code: 'B2', name: names.appraise ?? 'Thẩm định hồ sơ, dự thảo kết quả giải quyết', role: 'specialist', hours: appraise },
  ];
  if (names.consult) steps.push({ code: 'B3', name: names.consult, role: 'specialist', hours: consult });
  steps.push(
    { code: `B${steps.length + 1}`, name: names.approve ?? 'Xem xét, phê duyệt và ký kết quả', role: 'leader', hours: approve },
    { code: `B${steps.length + 2}`, name: names.deliver ?? 'Vào sổ, đóng dấu, trả kết quả cho người nộp', role: 'desk_officer', hours: deliver },
  );
  return steps;
}

// ---------------------------------------------------------------------------------------------------------------
// Dossier components, results, fees

export const PDF_JPEG_PNG: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];
export const PDF_ONLY: readonly string[] = ['application/pdf'];

/**
 * A form template. The national portal publishes forms as attachments to each procedure; these file names follow
 * the usual naming and the URLs are illustrative (the `mau-don-minh-hoa` path marks them as such).
 */
export const template = (fileName: string): FileTemplate => ({ fileName, url: `https://dichvucong.gov.vn/mau-don-minh-hoa/${fileName}` });

export interface ComponentOptions {
  required?: boolean;
  originals?: number;
  copies?: number;
  /** File name of the form template, when the procedure has one. */
  form?: string;
  /** Code of a previous result the state already holds that can replace this component (Decree 45/2020). */
  replaceableBy?: string;
  /** Drawings and technical files: PDF only. */
  pdfOnly?: boolean;
  maxSizeMb?: number;
}

/** A dossier component (thành phần hồ sơ). */
export function doc(code: string, name: string, options: ComponentOptions = {}): ComponentRecord {
  return {
    code,
    name,
    originals: options.originals ?? 1,
    copies: options.copies ?? 0,
    required: options.required ?? true,
    template: options.form ? template(options.form) : null,
    replaceableByResultCode: options.replaceableBy ?? null,
    acceptedTypes: [...(options.pdfOnly ? PDF_ONLY : PDF_JPEG_PNG)],
    maxSizeMb: options.maxSizeMb ?? (options.pdfOnly ? 20 : 10),
  };
}

/** An optional component ("nếu có"). */
export const optionalDoc = (code: string, name: string, options: ComponentOptions = {}): ComponentRecord => doc(code, name, { ...options, required: false });

/** Result codes other procedures' components can point at (`replaceableByResultCode`). */
export const RESULT = {
  giayKhaiSinh: 'KQ.HT.KHAISINH',
  giayChungNhanKetHon: 'KQ.HT.KETHON',
  trichLucKhaiTu: 'KQ.HT.KHAITU',
  xacNhanHonNhan: 'KQ.HT.XNTTHN',
  giayChungNhanHKD: 'KQ.DKKD.HKD',
  giayChungNhanDN: 'KQ.DKKD.DN',
  giayChungNhanQSDD: 'KQ.DD.GCN',
  giayPhepXayDung: 'KQ.XD.GPXD',
  phieuLLTP: 'KQ.LLTP.PHIEU',
  xacNhanCuTru: 'KQ.CTRU.XACNHAN',
  giayXacNhanKhuyetTat: 'KQ.BTXH.KHUYETTAT',
  chungChiHanhNghe: 'KQ.YT.CCHN',
  giayChungNhanATTP: 'KQ.ATTP.GCN',
  giayPhepLaoDong: 'KQ.VL.GPLD',
  giayPhepLaiXe: 'KQ.DB.GPLX',
} as const;

export const result = (code: string, name: string, form?: string): ProcedureRecord['results'][number] => ({
  code, name, template: form ? template(form) : null,
});

/** A fee or charge (phí, lệ phí) in whole đồng. */
export function fee(code: string, name: string, amount: number, unit = 'đồng/hồ sơ', description = '', schedule: string | null = null): FeeRecord {
  return { code, name, amount, unit, description, schedule };
}

// ---------------------------------------------------------------------------------------------------------------
// Where it is filed

export interface Placement {
  levels: ProcedureRecord['levels'];
  agencies: ProcedureRecord['agencies'];
  onlineLevels: ProcedureRecord['onlineLevels'];
  whereToSubmit: string;
}

/**
 * A commune procedure: every commune implements it (Chủ tịch UBND cấp xã decides unless `competent` names another
 * body, e.g. Công an cấp xã for residence), at the given online level.
 */
export function atCommunes(level: OnlineLevelCode, options: { competent?: string[]; coordinating?: string[]; where?: string } = {}): Placement {
  return {
    levels: ['commune'],
    agencies: { implementing: [...COMMUNE_CODES], competent: options.competent ?? [...COMMUNE_CODES], authorised: [], coordinating: options.coordinating ?? [] },
    onlineLevels: COMMUNE_CODES.map((agencyCode) => ({ agencyCode, level })),
    whereToSubmit: options.where ?? 'Bộ phận Một cửa của Ủy ban nhân dân cấp xã; hoặc trực tuyến qua Cổng Dịch vụ công quốc gia, ứng dụng VNeID.',
  };
}

/**
 * A province procedure: the department implements it; the service centre receives it. `competent` defaults to the
 * department; give the province (UBND tỉnh) or a named national body where they decide.
 */
export function atProvince(
  department: string,
  level: OnlineLevelCode,
  options: { centreLevel?: OnlineLevelCode; competent?: string[]; coordinating?: string[]; authorised?: string[]; where?: string } = {},
): Placement {
  return {
    levels: ['province'],
    agencies: { implementing: [department], competent: options.competent ?? [department], authorised: options.authorised ?? [], coordinating: options.coordinating ?? [] },
    onlineLevels: [
      { agencyCode: SERVICE_CENTRE, level: options.centreLevel ?? level },
      { agencyCode: department, level },
    ],
    whereToSubmit: options.where ?? 'Trung tâm Phục vụ hành chính công tỉnh (hoặc chi nhánh); qua dịch vụ bưu chính công ích; hoặc trực tuyến qua Cổng Dịch vụ công quốc gia.',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The online form

interface FieldOptions {
  optional?: boolean;
  placeholder?: string;
  help?: string;
  description?: string;
}
export interface Field {
  key: string;
  property: FormProperty;
  required: boolean;
  ui: Omit<FormUiHint, 'order'>;
}

const field = (key: string, property: FormProperty, widget: FormUiHint['widget'], options: FieldOptions): Field => ({
  key,
  property: options.description ? { ...property, description: options.description } : property,
  required: !options.optional,
  ui: {
    widget,
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    ...(options.help ? { help: options.help } : {}),
  },
});

export const PERSONAL_ID_PATTERN = '^\\d{12}$';
export const PHONE_PATTERN = '^0\\d{9}$';
export const TAX_CODE_PATTERN = '^\\d{10}(-\\d{3})?$';

export const F = {
  text: (key: string, title: string, options: FieldOptions & { max?: number; min?: number } = {}) =>
    field(key, { type: 'string', title, maxLength: options.max ?? 200, ...(options.min ? { minLength: options.min } : {}) }, 'text', options),
  area: (key: string, title: string, options: FieldOptions & { max?: number } = {}) =>
    field(key, { type: 'string', title, maxLength: options.max ?? 2000 }, 'textarea', options),
  date: (key: string, title: string, options: FieldOptions = {}) => field(key, { type: 'string', title, format: 'date' }, 'date', options),
  email: (key: string, title: string, options: FieldOptions = {}) => field(key, { type: 'string', title, format: 'email', maxLength: 254 }, 'text', options),
  phone: (key: string, title: string, options: FieldOptions = {}) =>
    field(key, { type: 'string', title, pattern: PHONE_PATTERN }, 'text', { placeholder: '0912345678', ...options }),
  personalId: (key: string, title: string, options: FieldOptions = {}) =>
    field(key, { type: 'string', title, pattern: PERSONAL_ID_PATTERN }, 'text', { placeholder: '12 chữ số', help: 'Số định danh cá nhân (số căn cước) gồm 12 chữ số.', ...options }),
  taxCode: (key: string, title: string, options: FieldOptions = {}) =>
    field(key, { type: 'string', title, pattern: TAX_CODE_PATTERN }, 'text', { placeholder: '0101234567', help: 'Mã số thuế 10 chữ số (chi nhánh: thêm -XXX).', ...options }),
  choice: (key: string, title: string, options: string[], extra: FieldOptions & { radio?: boolean } = {}) =>
    field(key, { type: 'string', title, enum: options }, extra.radio ? 'radio' : 'select', extra),
  integer: (key: string, title: string, options: FieldOptions & { min?: number; max?: number } = {}) =>
    field(key, { type: 'integer', title, ...(options.min !== undefined ? { minimum: options.min } : {}), ...(options.max !== undefined ? { maximum: options.max } : {}) }, 'number', options),
  number: (key: string, title: string, options: FieldOptions & { min?: number; max?: number } = {}) =>
    field(key, { type: 'number', title, ...(options.min !== undefined ? { minimum: options.min } : {}), ...(options.max !== undefined ? { maximum: options.max } : {}) }, 'number', options),
  yesNo: (key: string, title: string, options: FieldOptions = {}) => field(key, { type: 'boolean', title }, 'checkbox', { optional: true, ...options }),
};

/** The online form from its fields, in display order. */
export function form(...fields: Field[]): OnlineForm {
  const properties: OnlineForm['schema']['properties'] = {};
  const ui: OnlineForm['ui'] = {};
  fields.forEach((item, index) => {
    if (item.key in properties) throw new Error(`form: field ${item.key} twice`);
    properties[item.key] = item.property;
    ui[item.key] = { order: (index + 1) * 10, ...item.ui };
  });
  return {
    schema: { type: 'object', properties, required: fields.filter((item) => item.required).map((item) => item.key), additionalProperties: false },
    ui,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The record

/** A single-case procedure. */
export const oneCase = (steps: string[], components: ProcedureCase['components']): ProcedureCase[] => [
  { code: 'TH01', name: 'Trường hợp chung', steps, components },
];
export const kase = (code: string, name: string, steps: string[], components: ProcedureCase['components']): ProcedureCase => ({ code, name, steps, components });

const CHANNEL_TEXT: Record<ChannelCode, string> = {
  counter: 'Nộp trực tiếp tại Bộ phận Một cửa',
  online: 'Nộp trực tuyến qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID',
  postal: 'Nộp qua dịch vụ bưu chính công ích',
};

export interface ProcedureSpec {
  code: string;
  name: string;
  sector: { code: string; name: string };
  at: Placement;
  applicants: ApplicantType[];
  publisher: string;
  type?: string;
  description: string;
  conditions: string;
  keywords: string[];
  /** The time limit of every channel, unless `onlineTime` differs for the online channel. */
  time: TimeLimit;
  onlineTime?: TimeLimit;
  /** Channels offered; default counter, online and postal. */
  channels?: ChannelCode[];
  /** A note appended to every channel's description (e.g. how the time counts). */
  timeNote?: string;
  fees?: FeeRecord[];
  /** Fees of the online channel when they differ (a reduction or exemption for online filing). */
  onlineFees?: FeeRecord[];
  cases: ProcedureCase[];
  results: ProcedureRecord['results'];
  legal: LegalBasisEntry[];
  related?: string[];
  linked?: string[];
  flags?: Partial<Omit<ProcedureFlags, 'feeBearing'>>;
  /** The internal process; default `standardProcess` of the legal time with these names. */
  process?: ProcessStep[];
  processNames?: ProcessNames;
  supplementRestarts?: boolean;
  form: OnlineForm;
  video?: string;
  illustrative: boolean;
}

/** The full national-shape record from a spec. */
export function procedure(spec: ProcedureSpec): ProcedureRecord {
  const codes = spec.channels ?? (['counter', 'online', 'postal'] as ChannelCode[]);
  const channels: ProcedureChannel[] = codes.map((channel) => {
    const timeLimit = channel === 'online' && spec.onlineTime ? spec.onlineTime : spec.time;
    const fees = channel === 'online' && spec.onlineFees ? spec.onlineFees : (spec.fees ?? []);
    return { channel, timeLimit: { ...timeLimit }, description: spec.timeNote ? `${CHANNEL_TEXT[channel]}. ${spec.timeNote}` : `${CHANNEL_TEXT[channel]}.`, fees: fees.map((item) => ({ ...item })) };
  });
  const legalChannel = channels.find((channel) => channel.channel === 'online') ?? channels.find((channel) => channel.channel === 'counter') ?? channels[0];
  if (!legalChannel) throw new Error(`${spec.code}: no channel`);
  const feeBearing = channels.some((channel) => channel.fees.some((item) => item.amount > 0));
  // Deep copy: specs share constants (legal texts, fields, components) and every record must stand on its own.
  return structuredClone<ProcedureRecord>({
    code: spec.code,
    name: spec.name,
    publishingAgency: spec.publisher,
    type: spec.type ?? 'TTHC được luật giao quy định chi tiết',
    description: spec.description,
    keywords: spec.keywords,
    conditions: spec.conditions,
    whereToSubmit: spec.at.whereToSubmit,
    sectors: [{ ...spec.sector }],
    levels: [...spec.at.levels],
    applicantTypes: spec.applicants,
    agencies: {
      implementing: [...spec.at.agencies.implementing],
      competent: [...spec.at.agencies.competent],
      authorised: [...spec.at.agencies.authorised],
      coordinating: [...spec.at.agencies.coordinating],
    },
    cases: spec.cases,
    channels,
    results: spec.results,
    legalBasis: spec.legal,
    related: spec.related ?? [],
    linked: spec.linked ?? [],
    onlineLevels: spec.at.onlineLevels.map((item) => ({ ...item })),
    flags: {
      feeBearing,
      noResultDocument: spec.flags?.noResultDocument ?? false,
      handledAtOneStop: spec.flags?.handledAtOneStop ?? true,
      nonBoundary: spec.flags?.nonBoundary ?? false,
      interAgency: spec.flags?.interAgency ?? false,
      featured: spec.flags?.featured ?? false,
    },
    tutorialVideoUrl: spec.video ?? null,
    internalProcess: spec.process ?? standardProcess(legalChannel.timeLimit, spec.processNames),
    supplementRestarts: spec.supplementRestarts ?? true,
    form: spec.form,
    illustrative: spec.illustrative,
  });
}
