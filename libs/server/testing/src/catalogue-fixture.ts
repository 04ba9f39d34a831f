import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { defaultInternalProcess, type ProcedureRecord } from '@dvc/shared/domain';
import { importAndPublish } from '@dvc/server/catalogue';

/** The least procedure a dossier needs: one required PDF component, one text field, three working days, online here. */
function fixtureRecord(code: string, agencyCode: string, tag: string): ProcedureRecord {
  return {
    code, name: `Thủ tục thử nghiệm ${tag}`, publishingAgency: 'UBND tỉnh', type: '', description: '', keywords: [], conditions: '', whereToSubmit: '',
    sectors: [{ code: 'TEST', name: 'Thử nghiệm' }], levels: ['commune'], applicantTypes: ['citizen'],
    agencies: { implementing: [agencyCode], competent: [agencyCode], authorised: [], coordinating: [] },
    cases: [{
      code: 'TH1', name: 'Trường hợp chung', steps: ['Nộp hồ sơ', 'Giải quyết'],
      components: [{ code: 'TP01', name: 'Tờ khai', originals: 1, copies: 0, required: true, template: null, replaceableByResultCode: null, acceptedTypes: ['application/pdf'], maxSizeMb: 10 }],
    }],
    channels: [{ channel: 'online', timeLimit: { value: 3, unit: 'working_days' }, description: '', fees: [] }],
    results: [{ code: 'KQ01', name: 'Kết quả', template: null }], legalBasis: [], related: [], linked: [],
    onlineLevels: [{ agencyCode, level: 'full' }],
    flags: { feeBearing: false, noResultDocument: false, handledAtOneStop: true, nonBoundary: false, interAgency: false, featured: false },
    tutorialVideoUrl: null, internalProcess: defaultInternalProcess(24), supplementRestarts: true,
    form: {
      schema: { type: 'object', additionalProperties: false, required: ['hoTen'], properties: { hoTen: { type: 'string', title: 'Họ và tên', maxLength: 100 } } },
      ui: { hoTen: { order: 1 } },
    },
    illustrative: true,
  };
}

export interface CatalogueFixture {
  agencyId: string;
  agencyCode: string;
  procedureCode: string;
  citizenId: string;
  citizenEmail: string;
  staffId: string;
}

/**
 * The least catalogue a dossier needs (an agency, one online procedure with one required PDF component, a citizen
 * and a staff member of that agency), with unique codes so tests never collide.
 */
export async function insertCatalogueFixture(db: DataSource): Promise<CatalogueFixture> {
  const tag = randomBytes(3).toString('hex');
  const agencyCode = `000.${String(parseInt(tag.slice(0, 2), 16) % 100).padStart(2, '0')}.${String(parseInt(tag.slice(2, 4), 16) % 100).padStart(2, '0')}.T${tag.slice(4).toUpperCase()}`;
  // A local variant of a national-style code, unique per fixture (code rules: d.dddddd plus a local suffix).
  const procedureCode = `9.${String(parseInt(tag, 16) % 1_000_000).padStart(6, '0')}.${tag.toUpperCase()}`;
  const [agency] = await db.query(`INSERT INTO agency (code, name, kind) VALUES ($1, $2, 'commune') RETURNING id`, [agencyCode, `UBND xã Thử Nghiệm ${tag}`]);
  await importAndPublish(db, [fixtureRecord(procedureCode, agencyCode, tag)], { number: 'TEST/QĐ', date: '2025-07-01', effectiveFrom: '2025-07-01' }, 'Test fixture');
  const citizenEmail = `citizen.${tag}@example.vn`;
  const [citizen] = await db.query(
    `INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, 'x', 'Nguyễn Văn Thử', 'citizen') RETURNING id`,
    [citizenEmail],
  );
  const [staff] = await db.query(
    `INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, 'x', 'Cán bộ Thử', 'desk_officer') RETURNING id`,
    [`staff.${tag}@example.vn`],
  );
  await db.query(`INSERT INTO user_agency (user_id, agency_id) VALUES ($1, $2)`, [staff.id, agency.id]);
  return { agencyId: agency.id, agencyCode, procedureCode, citizenId: citizen.id, citizenEmail, staffId: staff.id };
}
