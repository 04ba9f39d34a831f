import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ProcedureRecord } from '@dvc/shared/domain';
import type { ProcedureVersionStatus } from '@dvc/shared/contracts';
import { Actor, ForbiddenError } from '@dvc/server/core';

/** The catalogue out, in the import shape: what an import of the export gives back is the same catalogue. */
@Injectable()
export class CatalogueExportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async records(actor: Actor, status: ProcedureVersionStatus): Promise<ProcedureRecord[]> {
    if (actor.role !== 'province_admin') {
      throw new ForbiddenError('CATALOGUE.NOT_ALLOWED', 'Chỉ quản trị tỉnh được xuất danh mục / Only the province admin exports the catalogue');
    }
    const rows: { record: ProcedureRecord }[] = await this.db.query(
      `SELECT record FROM procedure_version WHERE status = $1 ORDER BY procedure_code, version_number`,
      [status],
    );
    return rows.map((row) => row.record);
  }

  json(records: ProcedureRecord[]): Buffer {
    return Buffer.from(JSON.stringify({ procedures: records }, null, 2), 'utf8');
  }
}
