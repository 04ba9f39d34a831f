import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

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
  const procedureCode = `9.${parseInt(tag, 16)}`;
  const [agency] = await db.query(`INSERT INTO agency (code, name, kind) VALUES ($1, $2, 'commune') RETURNING id`, [agencyCode, `UBND xã Thử Nghiệm ${tag}`]);
  await db.query(`INSERT INTO sector (code, name) VALUES ('TEST', 'Thử nghiệm') ON CONFLICT DO NOTHING`);
  const [procedure] = await db.query(`INSERT INTO procedure (code) VALUES ($1) RETURNING id`, [procedureCode]);
  await db.query(
    `INSERT INTO procedure_version (procedure_id, procedure_code, version_number, status, name, sector_code, level, online_level,
       time_limit_value, time_limit_unit, components, form_fields, published_at)
     VALUES ($1, $2, 1, 'published', $3, 'TEST', 'commune', 'full', 3, 'working_days', $4, $5, now())`,
    [
      procedure.id, procedureCode, `Thủ tục thử nghiệm ${tag}`,
      JSON.stringify([{ code: 'TP01', name: 'Tờ khai', originals: 1, copies: 0, required: true, acceptedTypes: ['application/pdf'], maxSizeMb: 10 }]),
      JSON.stringify([{ key: 'hoTen', label: 'Họ và tên', type: 'text', required: true, maxLength: 100 }]),
    ],
  );
  await db.query(`INSERT INTO procedure_agency (procedure_id, agency_id, online_level) VALUES ($1, $2, 'full')`, [procedure.id, agency.id]);
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
