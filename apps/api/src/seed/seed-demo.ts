import type { DataSource } from 'typeorm';
import { VN_CIVIL_SERVICE_CALENDAR } from '@dvc/shared/domain';
import { importAndPublish } from '@dvc/server/catalogue';
import { DEMO_CATALOGUE } from './catalogue';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_USERS, PROVINCE_CODE } from './demo-province.data';

/** The (illustrative) provincial decision publishing the demo catalogue. */
const DEMO_DECISION = { number: '2468/QĐ-UBND', date: '2025-07-01', effectiveFrom: '2025-07-01' };

/**
 * Seeds the demo province: agencies, demo users, the civil-service calendar, then the catalogue through the same
 * import and publication path a province admin uses. Each part is skipped when present, so `npm start` can call it
 * on every start without touching data people created.
 */
export async function seedDemo(db: DataSource, options: { hashPassword(plain: string): Promise<string> }): Promise<{ seeded: boolean }> {
  let seeded = false;
  const existing: unknown[] = await db.query(`SELECT 1 FROM agency WHERE code = $1`, [PROVINCE_CODE]);
  if (existing.length === 0) {
    const passwordHash = await options.hashPassword(DEMO_PASSWORD);
    await db.transaction(async (manager) => {
      const agencyIds = new Map<string, string>();
      for (const agency of DEMO_AGENCIES) {
        const parentId = agency.parentCode ? agencyIds.get(agency.parentCode) : null;
        const [row]: { id: string }[] = await manager.query(`INSERT INTO agency (code, name, kind, parent_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
          agency.code, agency.name, agency.kind, parentId ?? null,
        ]);
        if (row) agencyIds.set(agency.code, row.id);
      }
      for (const user of DEMO_USERS) {
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, $2, $3, $4) RETURNING id`,
          [user.email, passwordHash, user.fullName, user.role],
        );
        for (const code of user.agencyCodes) {
          await manager.query(`INSERT INTO user_agency (user_id, agency_id) VALUES ($1, $2)`, [row?.id, agencyIds.get(code)]);
        }
      }
      for (const day of VN_CIVIL_SERVICE_CALENDAR) {
        await manager.query(`INSERT INTO calendar_day (day, kind, reason) VALUES ($1, $2, $3) ON CONFLICT (day) DO NOTHING`, [day.day, day.kind, day.reason]);
      }
    });
    seeded = true;
  }
  // The demo procedures not there yet (other procedures, e.g. a test's own, do not mean the demo catalogue is seeded).
  const present: { code: string }[] = await db.query(`SELECT code FROM procedure WHERE code = ANY($1::text[])`, [DEMO_CATALOGUE.map((record) => record.code)]);
  const known = new Set(present.map((row) => row.code));
  const missing = DEMO_CATALOGUE.filter((record) => !known.has(record.code));
  if (missing.length > 0) {
    await importAndPublish(db, missing, DEMO_DECISION, 'Dữ liệu mẫu / Demo seed');
    seeded = true;
  }
  return { seeded };
}
