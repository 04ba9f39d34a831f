import { Injectable } from '@nestjs/common';
import { validateProcedureRecord, type ProcedureRecord } from '@dvc/shared/domain';
import type { CatalogueImportMode, ImportProblem } from '@dvc/shared/contracts';
import { ProcedureVersionsRepository } from '../versions/procedure-versions.repository';

export interface ImportOutcome {
  imported: number;
  /** The versions created, by procedure code (drafts). */
  versionIds: Map<string, string>;
  problems: ImportProblem[];
}

const PROGRESS_EVERY = 20;

/**
 * Imports records as drafts: validates every row (rules, duplicates in the file, agencies, an existing draft),
 * reports every problem with its row and path, then writes — nothing when any row is wrong in `all_or_nothing`
 * mode, only the valid rows in `valid_only` mode — in one transaction.
 */
@Injectable()
export class CatalogueImporter {
  constructor(private readonly versions: ProcedureVersionsRepository) {}

  async importRecords(
    rows: readonly unknown[],
    mode: CatalogueImportMode,
    by: string,
    onProgress: (processed: number) => Promise<void> = async () => undefined,
  ): Promise<ImportOutcome> {
    const problems: ImportProblem[] = [];
    const valid: { row: number; record: ProcedureRecord }[] = [];
    const codes = new Map<string, number>();
    const agencyCodes = new Set<string>();
    rows.forEach((row) => {
      const levels = (row as Partial<ProcedureRecord> | null)?.onlineLevels;
      if (Array.isArray(levels)) for (const entry of levels) if (typeof entry?.agencyCode === 'string') agencyCodes.add(entry.agencyCode);
    });
    const knownAgencies = await this.versions.agencyIdsByCode([...agencyCodes]);
    const drafts = await this.versions.codesWithDrafts();

    for (const [index, row] of rows.entries()) {
      const rowNumber = index + 1;
      const code = typeof (row as { code?: unknown } | null)?.code === 'string' ? (row as { code: string }).code : null;
      const rowProblems: ImportProblem[] = validateProcedureRecord(row).map((problem) => ({ row: rowNumber, code, path: problem.path, problem: problem.code, message: problem.message }));
      if (rowProblems.length === 0 && code) {
        const record = row as ProcedureRecord;
        record.onlineLevels.forEach((entry, entryIndex) => {
          if (!knownAgencies.has(entry.agencyCode)) {
            rowProblems.push({ row: rowNumber, code, path: `onlineLevels[${entryIndex}].agencyCode`, problem: 'UNKNOWN_AGENCY', message: { vi: `Không có cơ quan mã ${entry.agencyCode}`, en: `No current agency ${entry.agencyCode}` } });
          }
        });
        const first = codes.get(code);
        if (first !== undefined) {
          rowProblems.push({ row: rowNumber, code, path: 'code', problem: 'DUPLICATE_IN_FILE', message: { vi: `Mã ${code} đã có ở dòng ${first}`, en: `Code ${code} already appears in row ${first}` } });
        } else if (drafts.has(code)) {
          rowProblems.push({ row: rowNumber, code, path: 'code', problem: 'DRAFT_EXISTS', message: { vi: `Thủ tục ${code} đang có bản nháp; hãy công bố hoặc xóa bản nháp đó trước`, en: `Procedure ${code} already has a draft; publish or delete it first` } });
        }
        codes.set(code, codes.get(code) ?? rowNumber);
        if (rowProblems.length === 0) valid.push({ row: rowNumber, record });
      }
      problems.push(...rowProblems);
      if (rowNumber % PROGRESS_EVERY === 0) await onProgress(rowNumber);
    }
    await onProgress(rows.length);

    const versionIds = new Map<string, string>();
    if (valid.length === 0 || (mode === 'all_or_nothing' && problems.length > 0)) return { imported: 0, versionIds, problems };
    await this.versions.transaction(async (manager) => {
      for (const { record } of valid) {
        const procedure = await this.versions.lockProcedure(manager, record.code);
        versionIds.set(record.code, await this.versions.insertDraft(manager, procedure.procedureId, procedure.nextVersion, record, by));
      }
    });
    return { imported: valid.length, versionIds, problems };
  }
}
