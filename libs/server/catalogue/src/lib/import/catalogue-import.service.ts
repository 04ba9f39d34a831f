import { Injectable, Logger } from '@nestjs/common';
import type { CatalogueImportMode, CatalogueImportView } from '@dvc/shared/contracts';
import { Actor, InvalidInputError, NotFoundError, OutboxWriter, PayloadTooLargeError } from '@dvc/server/core';
import { CatalogueService } from '../catalogue.service';
import { CatalogueImporter } from './catalogue-importer';
import { CatalogueImportRepository } from './catalogue-import.repository';
import { detectCatalogueFormat, readCatalogueFile } from './catalogue-file';
import { CatalogueWorkbookInvalid } from './catalogue-workbook';
import { ProcedureVersionsRepository } from '../versions/procedure-versions.repository';
import { assertCatalogueAdmin } from '../versions/catalogue-admin-access';

/** A province catalogue is a few MB of JSON at most (2,000 procedures); anything bigger is a mistake. */
export const MAX_CATALOGUE_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Catalogue files uploaded by province admins: stored with the import entry and an outbox row in one transaction,
 * then validated and imported by the worker (`run`), which reports progress and every problem by row and field.
 */
@Injectable()
export class CatalogueImportService {
  private readonly logger = new Logger(CatalogueImportService.name);

  constructor(
    private readonly imports: CatalogueImportRepository,
    private readonly importer: CatalogueImporter,
    private readonly versions: ProcedureVersionsRepository,
    private readonly catalogue: CatalogueService,
    private readonly outbox: OutboxWriter,
  ) {}

  async start(actor: Actor, fileName: string, content: Buffer, mode: CatalogueImportMode, correlationId: string | null): Promise<CatalogueImportView> {
    assertCatalogueAdmin(actor);
    if (content.length === 0) throw new InvalidInputError('CATALOGUE.FILE_EMPTY', 'Tệp rỗng / The file is empty');
    if (content.length > MAX_CATALOGUE_FILE_BYTES) {
      throw new PayloadTooLargeError('FILE.TOO_LARGE', 'Tệp danh mục vượt quá 20 MB / The catalogue file is larger than 20 MB');
    }
    const format = detectCatalogueFormat(content);
    const id = await this.versions.transaction(async (manager) => {
      const importId = await this.imports.create(manager, { format, mode, fileName: fileName.slice(0, 200), content, createdBy: actor.userId });
      await this.outbox.write(manager, 'catalogue.import-requested', importId, { importId }, correlationId);
      return importId;
    });
    return this.view(actor, id);
  }

  async view(actor: Actor, id: string): Promise<CatalogueImportView> {
    assertCatalogueAdmin(actor);
    const view = await this.imports.view(id);
    if (!view) throw new NotFoundError('CATALOGUE.IMPORT_NOT_FOUND', 'Không tìm thấy lượt nhập / No such import');
    return view;
  }

  /** The problems as CSV (UTF-8 with BOM so spreadsheets show Vietnamese): row, code, field, problem, messages. */
  async report(actor: Actor, id: string): Promise<string> {
    const view = await this.view(actor, id);
    const cell = (value: string | number | null) => `"${String(value ?? '').replace(/"/g, '""')}"`;
    const lines = [
      ['Dòng / Row', 'Mã thủ tục / Code', 'Trường / Field', 'Lỗi / Problem', 'Mô tả', 'Description'].map(cell).join(','),
      ...view.problems.map((problem) => [problem.row, problem.code, problem.path, problem.problem, problem.message.vi, problem.message.en].map(cell).join(',')),
    ];
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  /** The worker's part: idempotent (an import runs once; a repeated job finds it claimed or finished). */
  async run(importId: string): Promise<void> {
    const claimed = await this.imports.claim(importId);
    if (!claimed) return;
    let rows: unknown[];
    try {
      rows = await readCatalogueFile(claimed.format, claimed.content);
    } catch (error) {
      // A workbook with unreadable cells: every cell's problem, by row and field, as for invalid records.
      if (error instanceof CatalogueWorkbookInvalid) {
        await this.imports.finish(importId, 'failed', 0, [...error.problems]);
        return;
      }
      // Our messages are "Vietnamese / English"; anything else (a library's) is shown as is in both.
      const message = error instanceof Error ? error.message : String(error);
      const [vi = message, en = message] = message.split(' / ');
      await this.imports.finish(importId, 'failed', 0, [{ row: 0, code: null, path: '', problem: 'FILE_UNREADABLE', message: { vi, en } }]);
      return;
    }
    const outcome = await this.importer.importRecords(rows, claimed.mode, 'Nhập từ tệp / File import', (processed) => this.imports.progress(importId, rows.length, processed));
    await this.imports.finish(importId, 'done', outcome.imported, outcome.problems);
    this.catalogue.catalogueChanged();
    this.logger.log({ importId, rows: rows.length, imported: outcome.imported, problems: outcome.problems.length }, 'catalogue import finished');
  }

}
