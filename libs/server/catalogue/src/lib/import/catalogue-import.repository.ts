import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CatalogueImportMode, CatalogueImportView, ImportProblem } from '@dvc/shared/contracts';
import type { CatalogueFileFormat } from './catalogue-file';

interface ImportRow {
  id: string;
  status: CatalogueImportView['status'];
  format: CatalogueFileFormat;
  mode: CatalogueImportMode;
  file_name: string;
  total: number;
  processed: number;
  imported: number;
  problems: ImportProblem[];
  created_by: string;
  created_at: Date;
  finished_at: Date | null;
}

function toView(row: ImportRow): CatalogueImportView {
  return {
    id: row.id, status: row.status, format: row.format, mode: row.mode, fileName: row.file_name, total: row.total, processed: row.processed,
    imported: row.imported, problems: row.problems, createdAt: row.created_at.toISOString(), finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/** Catalogue imports: the uploaded file, its progress and its problems. */
@Injectable()
export class CatalogueImportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(manager: EntityManager, entry: { format: CatalogueFileFormat; mode: CatalogueImportMode; fileName: string; content: Buffer; createdBy: string }): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO catalogue_import (status, format, mode, file_name, content, created_by) VALUES ('queued', $1, $2, $3, $4, $5) RETURNING id`,
      [entry.format, entry.mode, entry.fileName, entry.content, entry.createdBy],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('import insert returned no id');
    return id;
  }

  async view(id: string): Promise<CatalogueImportView | null> {
    const rows: ImportRow[] = await this.db.query(
      `SELECT id, status, format, mode, file_name, total, processed, imported, problems, created_by, created_at, finished_at FROM catalogue_import WHERE id = $1`,
      [id],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  /** Claims a queued import to run it (false when another worker has it or it already ran). */
  async claim(id: string): Promise<{ format: CatalogueFileFormat; mode: CatalogueImportMode; content: Buffer; createdBy: string } | null> {
    const rows: { format: CatalogueFileFormat; mode: CatalogueImportMode; content: Buffer; created_by: string }[] = await this.db.query(
      `UPDATE catalogue_import SET status = 'running' WHERE id = $1 AND status = 'queued' RETURNING format, mode, content, created_by`,
      [id],
    ).then((result: [typeof rows, number]) => result[0]);
    const row = rows[0];
    return row ? { format: row.format, mode: row.mode, content: row.content, createdBy: row.created_by } : null;
  }

  async progress(id: string, total: number, processed: number): Promise<void> {
    await this.db.query(`UPDATE catalogue_import SET total = $2, processed = $3 WHERE id = $1`, [id, total, processed]);
  }

  async finish(id: string, status: 'done' | 'failed', imported: number, problems: ImportProblem[], manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `UPDATE catalogue_import SET status = $2, imported = $3, problems = $4, processed = total, finished_at = now() WHERE id = $1`,
      [id, status, imported, JSON.stringify(problems)],
    );
  }
}
