import type { DataSource, EntityManager } from 'typeorm';
import { sumFees, VN_CIVIL_SERVICE_CALENDAR } from '@dvc/shared/domain';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_PROCEDURES, DEMO_SECTORS, DEMO_USERS, PROVINCE_CODE } from './demo-province.data';

async function insertReturningId(manager: EntityManager, sql: string, params: unknown[]): Promise<string> {
  const rows: { id: string }[] = await manager.query(sql, params);
  const id = rows[0]?.id;
  if (!id) throw new Error(`insert returned no id: ${sql}`);
  return id;
}

/**
 * Seeds the demo province in one transaction. Idempotent: when the province already exists nothing changes, so
 * `npm start` can call it on every start without touching data people created.
 */
export async function seedDemo(db: DataSource, options: { hashPassword(plain: string): Promise<string> }): Promise<{ seeded: boolean }> {
  const existing: unknown[] = await db.query(`SELECT 1 FROM agency WHERE code = $1`, [PROVINCE_CODE]);
  if (existing.length > 0) return { seeded: false };
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);

  await db.transaction(async (manager) => {
    for (const sector of DEMO_SECTORS) {
      await manager.query(`INSERT INTO sector (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [sector.code, sector.name]);
    }
    const agencyIds = new Map<string, string>();
    for (const agency of DEMO_AGENCIES) {
      const parentId = agency.parentCode ? agencyIds.get(agency.parentCode) : null;
      agencyIds.set(
        agency.code,
        await insertReturningId(manager, `INSERT INTO agency (code, name, kind, parent_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
          agency.code, agency.name, agency.kind, parentId ?? null,
        ]),
      );
    }
    const idOf = (code: string): string => {
      const id = agencyIds.get(code);
      if (!id) throw new Error(`unknown agency ${code}`);
      return id;
    };
    for (const procedure of DEMO_PROCEDURES) {
      const procedureId = await insertReturningId(manager, `INSERT INTO procedure (code) VALUES ($1) RETURNING id`, [procedure.code]);
      const onlineLevel = procedure.agencies.some((agency) => agency.onlineLevel === 'full') ? 'full' : 'partial';
      await manager.query(
        `INSERT INTO procedure_version (procedure_id, procedure_code, version_number, status, name, sector_code, level, online_level,
           time_limit_value, time_limit_unit, description, conditions, steps, components, fees, fee_total, results, legal_basis,
           form_fields, decision_number, decision_date, published_at)
         VALUES ($1, $2, 1, 'published', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, now())`,
        [
          procedureId, procedure.code, procedure.name, procedure.sectorCode, procedure.level, onlineLevel,
          procedure.timeLimit.value, procedure.timeLimit.unit, procedure.description, procedure.conditions,
          JSON.stringify(procedure.steps), JSON.stringify(procedure.components), JSON.stringify(procedure.fees),
          sumFees(procedure.fees), JSON.stringify(procedure.results), JSON.stringify(procedure.legalBasis),
          JSON.stringify(procedure.formFields), procedure.decision.number, procedure.decision.date,
        ],
      );
      for (const agency of procedure.agencies) {
        await manager.query(`INSERT INTO procedure_agency (procedure_id, agency_id, online_level) VALUES ($1, $2, $3)`, [
          procedureId, idOf(agency.code), agency.onlineLevel,
        ]);
      }
    }
    for (const user of DEMO_USERS) {
      const userId = await insertReturningId(
        manager,
        `INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, $2, $3, $4) RETURNING id`,
        [user.email, passwordHash, user.fullName, user.role],
      );
      for (const code of user.agencyCodes) {
        await manager.query(`INSERT INTO user_agency (user_id, agency_id) VALUES ($1, $2)`, [userId, idOf(code)]);
      }
    }
    for (const day of VN_CIVIL_SERVICE_CALENDAR) {
      await manager.query(`INSERT INTO calendar_day (day, kind, reason) VALUES ($1, $2, $3) ON CONFLICT (day) DO NOTHING`, [
        day.day, day.kind, day.reason,
      ]);
    }
  });
  return { seeded: true };
}
