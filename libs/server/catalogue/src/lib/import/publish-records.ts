import type { DataSource } from 'typeorm';
import type { ProcedureRecord } from '@dvc/shared/domain';
import type { ImportProblem } from '@dvc/shared/contracts';
import { ProcedureVersionsRepository } from '../versions/procedure-versions.repository';
import { CatalogueImporter } from './catalogue-importer';

/**
 * Imports records and publishes them under one decision, outside the HTTP API: the demo seed and test fixtures use
 * the same path (and the same validation) as a province admin's import.
 */
export async function importAndPublish(
  db: DataSource,
  records: readonly ProcedureRecord[],
  decision: { number: string; date: string; effectiveFrom: string },
  by: string,
): Promise<Map<string, string>> {
  const versions = new ProcedureVersionsRepository(db);
  const outcome = await new CatalogueImporter(versions).importRecords(records, 'all_or_nothing', by);
  if (outcome.problems.length > 0) throw new CatalogueRecordsInvalid(outcome.problems);
  const agencyIds = await versions.agencyIdsByCode([...new Set(records.flatMap((record) => record.onlineLevels.map((entry) => entry.agencyCode)))]);
  await versions.transaction(async (manager) => {
    for (const record of records) {
      const id = outcome.versionIds.get(record.code);
      const version = id ? await manager.query(`SELECT id, procedure_id, version_number FROM procedure_version WHERE id = $1`, [id]) : [];
      const row = (version as { id: string; procedure_id: string; version_number: number }[])[0];
      if (!row) throw new Error(`imported draft of ${record.code} not found`);
      await versions.publish(manager, { ...row, record }, decision, by, agencyIds);
    }
  });
  return outcome.versionIds;
}

export class CatalogueRecordsInvalid extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`catalogue records invalid: ${problems.slice(0, 5).map((problem) => `row ${problem.row} ${problem.code ?? ''} ${problem.path} ${problem.problem}`).join('; ')}`);
  }
}
