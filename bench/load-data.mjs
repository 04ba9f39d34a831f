// Loads benchmark volume into DATABASE_URL (a fresh, migrated database with the demo province seeded), directly with
// SQL in batches:
//   - BENCH_PROCEDURES (default 1,600) extra published procedure versions, code `9.9xxxxx`, marked as bench data;
//   - BENCH_CITIZENS (default 500) applicants (password: the seeded demo password);
//   - BENCH_DOSSIERS (default 24,000) dossiers over the seeded agencies/procedures and the last BENCH_DAYS (120) days,
//     codes `<agency code>-<YYMMDD>-<seq>` with a tracking secret, each with 2–5 events in a valid hash chain.
// Writes the targets the runner requests (tracking pairs, procedure codes) as JSON to the path given as argument.
//
//   DATABASE_URL=postgres://… node bench/load-data.mjs var/bench-logs/targets.json
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  BENCH_CODE_PREFIX, BENCH_MARK, BENCH_SECTORS, COMMUNE_SECTORS, COMPONENT_NAMES, FAMILY_NAMES, FEE_AMOUNTS, GIVEN_NAMES,
  LEGAL_BASES, MIDDLE_NAMES, TIME_LIMITS, allNames,
} from './catalogue-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const PROCEDURES = intEnv('BENCH_PROCEDURES', 1600);
const CITIZENS = intEnv('BENCH_CITIZENS', 500);
const DOSSIERS = intEnv('BENCH_DOSSIERS', 24_000);
const DAYS = intEnv('BENCH_DAYS', 120);
const TRACKING_TARGETS = intEnv('BENCH_TRACKING_TARGETS', 5000);
const BATCH = 1000;
const VN_OFFSET_MS = 7 * 3600_000;
const SECRET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const SERVICE_CENTRE = '000.00.31.H56';

function intEnv(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got ${value}`);
  return parsed;
}

// Deterministic pseudo-random numbers (mulberry32): the same data on every run, so runs compare.
let seed = 0x5eed_2026;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (min, max) => min + Math.floor(random() * (max - min + 1));
function shuffle(list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
function weighted(entries) {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1][0];
}

/** The project's event hash when the server build has it (so the audit verifier accepts bench chains), else sha256. */
function loadEventHash() {
  const built = path.join(root, 'dist/server/libs/server/dossiers/src/lib/audit/event-hash.js');
  if (existsSync(built)) {
    try {
      return require(built).dossierEventHash;
    } catch {
      // fall through: any 64-hex string is fine for reads
    }
  }
  return (prevHash, event) =>
    createHash('sha256').update(JSON.stringify([prevHash, event.dossierId, event.seq, event.action, event.occurredAt.toISOString()])).digest('hex');
}

/** INSERT … SELECT FROM unnest(arrays): one round trip per batch, one array parameter per column. */
async function insertRows(client, table, columns, rows) {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const params = columns.map(([, type], index) => {
      const values = batch.map((row) => row[index]);
      return type === 'jsonb' || type === 'text[]' ? values.map((value) => JSON.stringify(value)) : values;
    });
    // unnest() flattens a 2-D array, so array columns travel as JSON text like jsonb ones.
    const selects = columns.map(([, type], index) => (type === 'jsonb' || type === 'text[]' ? `$${index + 1}::text[]` : `$${index + 1}::${type}[]`));
    const casts = columns.map(([name, type]) =>
      type === 'jsonb' ? `${name}::jsonb` : type === 'text[]' ? `ARRAY(SELECT jsonb_array_elements_text(${name}::jsonb))` : name);
    await client.query(
      `INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')})
       SELECT ${casts.join(', ')} FROM unnest(${selects.join(', ')}) AS t(${columns.map(([name]) => name).join(', ')})`,
      params,
    );
  }
}

const localDay = (instant) => new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
const yymmdd = (day) => day.slice(2, 4) + day.slice(5, 7) + day.slice(8, 10);

/** The server build's projection of a record onto the version's columns (the same code an import runs). */
const { projectRecord } = require(path.join(root, 'dist/server/libs/server/catalogue/src/lib/versions/record-projection.js'));

const hoursOf = (limit) => (limit.unit === 'working_hours' ? limit.value : limit.unit === 'working_days' ? limit.value * 8 : Math.floor(limit.value * 5 / 7) * 8);

/** A generated procedure in the national-database record shape (illustrative, marked as bench data). */
function benchRecord({ code, name, sectorCode, sectorName, level, onlineLevel, where }) {
  const timeLimit = pick(TIME_LIMITS);
  const components = shuffle([...COMPONENT_NAMES]).slice(0, between(1, 5)).map((componentName, i) => ({
    code: `TP${String(i + 1).padStart(2, '0')}`, name: componentName, originals: 1, copies: between(0, 1), required: i === 0 || random() < 0.7,
    template: null, replaceableByResultCode: null, acceptedTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMb: 10,
  }));
  const fees = Array.from({ length: between(0, 2) }, (_, i) => ({
    code: i === 0 ? 'LP01' : 'PHI01', name: i === 0 ? `Lệ phí ${name.toLowerCase()}` : 'Phí thẩm định hồ sơ', amount: pick(FEE_AMOUNTS),
    unit: 'đồng/hồ sơ', description: '', schedule: null,
  }));
  const total = hoursOf(timeLimit);
  const receive = Math.max(0.25, Math.round(total * 0.1 * 4) / 4);
  const approve = Math.max(0.25, Math.round(total * 0.15 * 4) / 4);
  const deliver = 0.25;
  const properties = {
    hoTen: { type: 'string', title: 'Họ và tên người yêu cầu', maxLength: 200 },
    diaChi: { type: 'string', title: 'Địa chỉ liên hệ', maxLength: 200 },
    ...(random() < 0.5 ? { ngayDeNghi: { type: 'string', title: 'Ngày đề nghị', format: 'date' } } : {}),
    ...(random() < 0.5 ? { noiDung: { type: 'string', title: 'Nội dung đề nghị', maxLength: 2000 } } : {}),
  };
  return {
    code, name, publishingAgency: 'UBND tỉnh', type: 'TTHC', description: `${BENCH_MARK} ${name}.`, keywords: [], conditions: 'Hồ sơ đầy đủ, hợp lệ theo quy định.',
    whereToSubmit: level === 'commune' ? 'UBND cấp xã' : 'Trung tâm Phục vụ hành chính công tỉnh',
    sectors: [{ code: sectorCode, name: sectorName }], levels: [level], applicantTypes: random() < 0.3 ? ['citizen', 'enterprise'] : ['citizen'],
    agencies: { implementing: where.map((agency) => agency.code), competent: [where[0].code], authorised: [], coordinating: [] },
    cases: [{ code: 'TH1', name, steps: ['Nộp hồ sơ', 'Tiếp nhận, kiểm tra hồ sơ', 'Thẩm định, giải quyết', 'Trả kết quả'], components }],
    channels: [
      { channel: 'online', timeLimit, description: '', fees },
      { channel: 'counter', timeLimit, description: '', fees },
    ],
    results: [{ code: 'KQ01', name: `Văn bản giải quyết: ${name}`, template: null }],
    legalBasis: shuffle([...LEGAL_BASES]).slice(0, between(1, 3)).map((title) => ({ number: title, title, issuedOn: null, effectiveOn: null, issuer: '', url: null })),
    related: [], linked: [],
    onlineLevels: where.map((agency) => ({ agencyCode: agency.code, level: onlineLevel })),
    flags: { feeBearing: fees.some((fee) => fee.amount > 0), noResultDocument: false, handledAtOneStop: true, nonBoundary: false, interAgency: false, featured: false },
    tutorialVideoUrl: null,
    internalProcess: [
      { code: 'B1', name: 'Tiếp nhận, kiểm tra hồ sơ', role: 'desk_officer', hours: receive },
      { code: 'B2', name: 'Thẩm định, giải quyết', role: 'specialist', hours: total - receive - approve - deliver },
      { code: 'B3', name: 'Phê duyệt', role: 'leader', hours: approve },
      { code: 'B4', name: 'Trả kết quả', role: 'desk_officer', hours: deliver },
    ],
    supplementRestarts: true,
    form: { schema: { type: 'object', additionalProperties: false, required: ['hoTen', 'diaChi'], properties }, ui: Object.fromEntries(Object.keys(properties).map((key, i) => [key, { order: i + 1 }])) },
    illustrative: true,
  };
}

async function loadCatalogue(client, agencies) {
  const seeded = await client.query(`SELECT name FROM procedure_version`);
  const taken = new Set(seeded.rows.map((row) => row.name));
  const names = shuffle(allNames().filter((entry) => !taken.has(entry.name))).slice(0, PROCEDURES);
  if (names.length < PROCEDURES) throw new Error(`only ${names.length} distinct bench procedure names; lower BENCH_PROCEDURES`);

  const seededSectors = new Set((await client.query(`SELECT code FROM sector`)).rows.map((row) => row.code));
  await insertRows(client, 'sector', [['code', 'text'], ['name', 'text']], BENCH_SECTORS.filter((s) => !seededSectors.has(s.code)).map((s) => [s.code, s.name]));
  const departments = agencies.filter((agency) => agency.kind === 'department');
  const communes = agencies.filter((agency) => agency.kind === 'commune');
  const serviceCentre = agencies.find((agency) => agency.code === SERVICE_CENTRE);

  const sectorNames = new Map([
    ...BENCH_SECTORS.map((sector) => [sector.code, sector.name]),
    ...(await client.query(`SELECT code, name FROM sector`)).rows.map((row) => [row.code, row.name]),
  ]);
  const procedures = [];
  const versions = [];
  const links = [];
  names.forEach(({ sectorCode, name }, index) => {
    const procedureId = randomUUID();
    const code = `${BENCH_CODE_PREFIX}${String(index + 1).padStart(5, '0')}`;
    const level = COMMUNE_SECTORS.has(sectorCode) ? 'commune' : 'province';
    const onlineLevel = random() < 0.7 ? 'full' : 'partial';
    const where = level === 'commune' ? communes : [serviceCentre, pick(departments)];
    const record = benchRecord({ code, name, sectorCode, sectorName: sectorNames.get(sectorCode) ?? sectorCode, level, onlineLevel, where });
    const p = projectRecord(record);
    procedures.push([procedureId, code]);
    versions.push([
      procedureId, code, 1, 'published', record, p.name, p.sectorCode, p.sectorCodes, p.level, p.levels, p.applicantTypes, p.onlineLevel,
      p.timeLimitValue, p.timeLimitUnit, p.description, p.conditions, p.keywords, p.steps, p.components, p.fees, p.feeTotal, p.results,
      p.legalBasis, p.formFields, p.internalProcess, p.supplementRestarts, p.featured, p.illustrative, `BENCH/${index + 1}/QĐ-UBND`,
      '2025-07-01', '2025-07-01',
    ]);
    for (const agency of where) links.push([procedureId, agency.id, onlineLevel]);
  });
  await insertRows(client, 'procedure', [['id', 'uuid'], ['code', 'text']], procedures);
  const versionColumns = [
    ['procedure_id', 'uuid'], ['procedure_code', 'text'], ['version_number', 'int'], ['status', 'text'], ['record', 'jsonb'], ['name', 'text'],
    ['sector_code', 'text'], ['sector_codes', 'text[]'], ['level', 'text'], ['levels', 'text[]'], ['applicant_types', 'text[]'],
    ['online_level', 'text'], ['time_limit_value', 'int'], ['time_limit_unit', 'text'], ['description', 'text'], ['conditions', 'text'],
    ['keywords', 'text'], ['steps', 'jsonb'], ['components', 'jsonb'], ['fees', 'jsonb'], ['fee_total', 'bigint'], ['results', 'jsonb'],
    ['legal_basis', 'jsonb'], ['form_fields', 'jsonb'], ['internal_process', 'jsonb'], ['supplement_restarts', 'boolean'],
    ['featured', 'boolean'], ['illustrative', 'boolean'], ['decision_number', 'text'], ['decision_date', 'date'], ['effective_from', 'date'],
  ];
  await assertNoUnfilledRequired(client, 'procedure_version', versionColumns.map(([name]) => name));
  await insertRows(client, 'procedure_version', versionColumns, versions);
  await client.query(`UPDATE procedure_version SET published_at = now() WHERE procedure_code LIKE '${BENCH_CODE_PREFIX}%'`);
  await insertRows(client, 'procedure_agency', [['procedure_id', 'uuid'], ['agency_id', 'uuid'], ['online_level', 'text']], links);
  return procedures.map(([, code]) => code);
}

async function loadCitizens(client) {
  const template = await client.query(`SELECT password_hash FROM user_account WHERE role = 'citizen' ORDER BY created_at LIMIT 1`);
  const passwordHash = template.rows[0]?.password_hash;
  if (!passwordHash) throw new Error('no seeded citizen: seed the demo province first');
  const citizens = Array.from({ length: CITIZENS }, (_, i) => {
    const fullName = `${pick(FAMILY_NAMES)} ${pick(MIDDLE_NAMES)} ${pick(GIVEN_NAMES)}`;
    return { id: randomUUID(), fullName, email: `congdan.bench${i + 1}@bench.dvc.invalid` };
  });
  await insertRows(client, 'user_account', [['id', 'uuid'], ['email', 'text'], ['password_hash', 'text'], ['full_name', 'text'], ['role', 'text']],
    citizens.map((c) => [c.id, c.email, passwordHash, c.fullName, 'citizen']));
  return citizens;
}

/** Each final status with the actions that lead there (2–5 events, as the lifecycle allows). */
const PATHS = {
  received: ['submit', 'accept'],
  refused: ['submit', 'refuse'],
  withdrawn: ['submit', 'withdraw'],
  supplement_requested: ['submit', 'request_supplement'],
  awaiting_approval: ['submit', 'accept', 'process'],
  in_processing: ['submit', 'accept', 'process', 'send_back'],
  result_ready: ['submit', 'accept', 'process', 'approve'],
  returned: ['submit', 'accept', 'process', 'approve', 'return_result'],
};
const TO_STATUS = {
  submit: 'submitted', accept: 'received', refuse: 'refused', withdraw: 'withdrawn', request_supplement: 'supplement_requested',
  process: 'awaiting_approval', send_back: 'in_processing', approve: 'result_ready', return_result: 'returned',
};
const ACTOR_ROLE = {
  submit: 'citizen', withdraw: 'citizen', accept: 'desk_officer', refuse: 'desk_officer', request_supplement: 'desk_officer',
  return_result: 'desk_officer', process: 'specialist', approve: 'leader', send_back: 'leader',
};
const REASONS = {
  refuse: 'Hồ sơ không thuộc thẩm quyền giải quyết', request_supplement: 'Bổ sung bản sao căn cước còn hiệu lực',
  send_back: 'Đề nghị kiểm tra lại nội dung thẩm định',
};
const FINISHED = new Set(['refused', 'withdrawn', 'returned']);

/** Dossier columns of later migrations: [name, type, value from the dossier's facts], used when the column exists. */
const DOSSIER_EXTRA_COLUMNS = [
  ['processing_agency_id', 'uuid', (d) => d.agencyId],
  ['returned_at', 'timestamptz', (d) => (d.status === 'returned' ? d.lastAt : null)],
  ['return_method', 'text', (d) => (d.status === 'returned' ? (d.channel === 'online' ? 'online' : 'counter') : null)],
  ['finish_class', 'text', (d) => {
    if (d.status !== 'returned' || !d.dueAt) return null;
    const margin = d.dueAt.getTime() - d.lastAt.getTime();
    return margin > 86_400_000 ? 'early' : margin >= 0 ? 'on_time' : 'late';
  }],
];

/** Fails clearly when a migration added a NOT NULL column without default that this loader does not fill. */
async function assertNoUnfilledRequired(client, table, filled) {
  const { rows } = await client.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_nullable = 'NO' AND column_default IS NULL
        AND is_generated = 'NEVER'`,
    [table],
  );
  const missing = rows.map((row) => row.column_name).filter((name) => !filled.includes(name));
  if (missing.length) {
    throw new Error(`${table} has required columns bench/load-data.mjs does not fill: ${missing.join(', ')} — add them to the loader`);
  }
}

function statusFor(ageDays) {
  if (ageDays > 30) {
    return weighted([['returned', 62], ['refused', 6], ['withdrawn', 5], ['result_ready', 8], ['in_processing', 4],
      ['awaiting_approval', 5], ['received', 5], ['supplement_requested', 5]]);
  }
  return weighted([['returned', 20], ['refused', 5], ['withdrawn', 3], ['result_ready', 10], ['in_processing', 10],
    ['awaiting_approval', 17], ['received', 25], ['supplement_requested', 10]]);
}

function formDataFor(fields, applicant, day) {
  const data = {};
  for (const field of fields) {
    if (!field.required && random() < 0.5) continue;
    if (field.type === 'date') data[field.key] = day;
    else if (field.type === 'number') data[field.key] = String(between(1, 5));
    else if (/ten|hoTen/i.test(field.key)) data[field.key] = applicant.fullName;
    else data[field.key] = `${field.label} của ${applicant.fullName}`.slice(0, field.maxLength ?? 200);
  }
  return data;
}

async function loadDossiers(client, citizens) {
  const offers = (await client.query(
    `SELECT pv.id AS version_id, pv.procedure_code, pv.name, pv.form_fields, pv.time_limit_value, pv.time_limit_unit,
            a.id AS agency_id, a.code AS agency_code, pv.procedure_code LIKE '${BENCH_CODE_PREFIX}%' AS bench
       FROM procedure_version pv JOIN procedure_agency pa ON pa.procedure_id = pv.procedure_id JOIN agency a ON a.id = pa.agency_id
      WHERE pv.status = 'published' AND pa.online_level <> 'none'`,
  )).rows;
  const seededOffers = offers.filter((offer) => !offer.bench);
  const benchOffers = offers.filter((offer) => offer.bench);
  const staff = (await client.query(`SELECT id, full_name, role FROM user_account WHERE role IN ('desk_officer','specialist','leader')`)).rows;
  const staffByRole = (role) => staff.filter((user) => user.role === role);
  const eventHash = loadEventHash();

  const now = Date.now();
  const sequences = new Map(); // `${agencyId}|${day}` -> last seq
  const dossiers = [];
  const events = [];
  const targets = [];
  for (let i = 0; i < DOSSIERS; i++) {
    // 80% on the seeded procedures (the common ones: birth, marriage, certification…), 20% on the long tail.
    const offer = random() < 0.8 || benchOffers.length === 0 ? pick(seededOffers) : pick(benchOffers);
    const applicant = pick(citizens);
    let ageDays = Math.floor(Math.pow(random(), 1.3) * DAYS); // more recent dossiers than old ones
    let submittedAt = new Date(now - ageDays * 86_400_000);
    const weekday = new Date(submittedAt.getTime() + VN_OFFSET_MS).getUTCDay();
    if ((weekday === 0 || weekday === 6) && random() < 0.85) {
      ageDays += weekday === 0 ? 2 : 1; // mostly moved to Friday: few dossiers at weekends
      submittedAt = new Date(now - ageDays * 86_400_000);
    }
    // Office hours, Vietnam time: 07:30–17:00 (00:30–10:00 UTC) on the chosen day.
    const day = localDay(submittedAt);
    submittedAt = new Date(Date.parse(`${day}T00:30:00Z`) + between(0, 570) * 60_000);
    if (submittedAt.getTime() > now) submittedAt = new Date(now - between(1, 120) * 60_000);
    const status = ageDays < 1 ? 'received' : statusFor(ageDays);
    const actions = PATHS[status];
    const key = `${offer.agency_id}|${day}`;
    const seq = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, seq);
    const code = `${offer.agency_code}-${yymmdd(day)}-${String(seq).padStart(4, '0')}`;
    const secret = Array.from({ length: 8 }, () => SECRET_ALPHABET[Math.floor(random() * SECRET_ALPHABET.length)]).join('');
    const id = randomUUID();

    let at = submittedAt.getTime();
    let prevHash = null;
    let receivedAt = null;
    let lastAt = at - 60_000;
    actions.forEach((action, index) => {
      if (index > 0) at = Math.min(at + between(1, 72) * 3600_000, now - (actions.length - index) * 60_000);
      at = Math.max(at, lastAt + 60_000);
      lastAt = at;
      const occurredAt = new Date(at);
      if (action === 'accept') receivedAt = occurredAt;
      const role = ACTOR_ROLE[action];
      const actor = role === 'citizen' ? { id: applicant.id, full_name: applicant.fullName } : pick(staffByRole(role));
      const event = {
        dossierId: id, seq: index + 1, action, fromStatus: index === 0 ? null : TO_STATUS[actions[index - 1]], toStatus: TO_STATUS[action],
        actorUserId: actor.id, actorName: actor.full_name, actorRole: role, reason: REASONS[action] ?? null, payload: {}, occurredAt,
      };
      const hash = eventHash(prevHash, event);
      events.push([randomUUID(), id, event.seq, action, event.fromStatus, event.toStatus, actor.id, actor.full_name, role, event.reason,
        event.payload, occurredAt, prevHash, hash]);
      prevHash = hash;
    });
    const limitDays = offer.time_limit_unit === 'working_hours' ? Math.ceil(offer.time_limit_value / 8) : offer.time_limit_value;
    const dueAt = receivedAt ? new Date(receivedAt.getTime() + Math.ceil(limitDays * 1.4) * 86_400_000) : null;
    const pausedFrom = status === 'supplement_requested' ? 'submitted' : null;
    const channel = random() < 0.85 ? 'online' : 'counter';
    dossiers.push({
      values: [
        id, code, secret, offer.version_id, offer.procedure_code, offer.name, applicant.id, applicant.fullName, offer.agency_id,
        channel, status, pausedFrom, formDataFor(offer.form_fields, applicant, day), submittedAt,
        receivedAt, dueAt, FINISHED.has(status) ? new Date(lastAt) : null, actions.length, submittedAt, new Date(lastAt),
      ],
      facts: { agencyId: offer.agency_id, status, channel, dueAt, lastAt: new Date(lastAt) },
    });
    targets.push({ code, secret });
  }

  const columns = [
    ['id', 'uuid'], ['code', 'text'], ['tracking_secret', 'text'], ['procedure_version_id', 'uuid'], ['procedure_code', 'text'],
    ['procedure_name', 'text'], ['applicant_user_id', 'uuid'], ['applicant_name', 'text'], ['agency_id', 'uuid'], ['channel', 'text'],
    ['status', 'text'], ['paused_from_status', 'text'], ['form_data', 'jsonb'], ['submitted_at', 'timestamptz'], ['received_at', 'timestamptz'],
    ['due_at', 'timestamptz'], ['finished_at', 'timestamptz'], ['version', 'int'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ];
  // Columns later migrations add, filled when the schema has them (the schema grows while the bench stays).
  const present = new Set((await client.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'dossier'`,
  )).rows.map((row) => row.column_name));
  const extras = DOSSIER_EXTRA_COLUMNS.filter(([name]) => present.has(name));
  await assertNoUnfilledRequired(client, 'dossier', [...columns, ...extras].map(([name]) => name));
  await insertRows(client, 'dossier', [...columns, ...extras.map(([name, type]) => [name, type])],
    dossiers.map(({ values, facts }) => [...values, ...extras.map(([, , value]) => value(facts))]));
  const eventColumns = [
    ['id', 'uuid'], ['dossier_id', 'uuid'], ['seq', 'int'], ['action', 'text'], ['from_status', 'text'], ['to_status', 'text'],
    ['actor_user_id', 'uuid'], ['actor_name', 'text'], ['actor_role', 'text'], ['reason', 'text'], ['payload', 'jsonb'],
    ['occurred_at', 'timestamptz'], ['prev_hash', 'text'], ['hash', 'text'],
  ];
  await assertNoUnfilledRequired(client, 'dossier_event', eventColumns.map(([name]) => name));
  await insertRows(client, 'dossier_event', eventColumns, events);
  // Keep the daily sequences consistent, so a dossier submitted during a later benchmark gets the next free number.
  await insertRows(client, 'dossier_sequence', [['agency_id', 'uuid'], ['day', 'date'], ['last_value', 'int']],
    [...sequences].map(([key, last]) => [...key.split('|'), last]));
  return { targets: shuffle(targets).slice(0, TRACKING_TARGETS), events: events.length };
}

async function main() {
  const out = process.argv[2];
  const url = process.env.DATABASE_URL;
  if (!out || !url) throw new Error('usage: DATABASE_URL=… node bench/load-data.mjs <targets.json>');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    const agencies = (await client.query(`SELECT id, code, kind FROM agency`)).rows;
    if (agencies.length === 0) throw new Error('no agencies: seed the demo province first');
    await client.query('BEGIN');
    const benchCodes = await loadCatalogue(client, agencies);
    const citizens = await loadCitizens(client);
    const { targets, events } = await loadDossiers(client, citizens);
    await client.query('COMMIT');
    // Fresh statistics, as a long-running database would have: the planner then sees the real table sizes.
    await client.query('VACUUM ANALYZE');
    const seededCodes = (await client.query(
      `SELECT procedure_code FROM procedure_version WHERE status = 'published' AND procedure_code NOT LIKE '${BENCH_CODE_PREFIX}%' ORDER BY procedure_code`,
    )).rows.map((row) => row.procedure_code);
    const counts = (await client.query(
      `SELECT (SELECT count(*) FROM procedure_version WHERE status = 'published')::int AS procedures,
              (SELECT count(*) FROM dossier)::int AS dossiers, (SELECT count(*) FROM dossier_event)::int AS events`,
    )).rows[0];
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify({
      counts,
      tracking: targets,
      procedureCodes: [...seededCodes, ...benchCodes.filter((_, i) => i % 16 === 0)],
    }));
    console.log(`bench data: ${counts.procedures} published procedures (${benchCodes.length} bench), ${counts.dossiers} dossiers, ` +
      `${counts.events} events (${events} generated), ${CITIZENS} bench citizens in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(`bench data load failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
