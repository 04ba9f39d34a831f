import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { exampleProcedureRecord, type ProcedureRecord } from '@dvc/shared/domain';
import type { ProcedureVersionStatus } from '@dvc/shared/contracts';
import type { Actor } from '@dvc/server/core';
import type { CatalogueFileFormat } from '../import/catalogue-file';
import { writeCatalogueWorkbook } from '../import/catalogue-workbook';
import { assertCatalogueAdmin } from '../versions/catalogue-admin-access';

const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file to download: its bytes, media type and the name offered to the browser. */
export interface CatalogueDownload {
  content: Buffer;
  contentType: string;
  fileName: string;
}

/** The catalogue out, in the import shape: what an import of the export gives back is the same catalogue. */
@Injectable()
export class CatalogueExportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async records(actor: Actor, status: ProcedureVersionStatus): Promise<ProcedureRecord[]> {
    assertCatalogueAdmin(actor);
    const rows: { record: ProcedureRecord }[] = await this.db.query(
      `SELECT record FROM procedure_version WHERE status = $1 ORDER BY procedure_code, version_number`,
      [status],
    );
    return rows.map((row) => row.record);
  }

  /** The versions of one status as a JSON file or a workbook (one version per procedure; retired ones may need JSON). */
  async file(actor: Actor, status: ProcedureVersionStatus, format: CatalogueFileFormat): Promise<CatalogueDownload> {
    return this.download(await this.records(actor, status), format, `danh-muc-thu-tuc-${status}`);
  }

  /** A filled example (one complete procedure) that admins start their import file from. */
  async template(actor: Actor, format: CatalogueFileFormat): Promise<CatalogueDownload> {
    assertCatalogueAdmin(actor);
    return this.download([exampleProcedureRecord()], format, 'mau-danh-muc-thu-tuc');
  }

  private async download(records: ProcedureRecord[], format: CatalogueFileFormat, baseName: string): Promise<CatalogueDownload> {
    switch (format) {
      case 'json':
        return { content: Buffer.from(JSON.stringify({ procedures: records }, null, 2), 'utf8'), contentType: 'application/json; charset=utf-8', fileName: `${baseName}.json` };
      case 'xlsx':
        return { content: await writeCatalogueWorkbook(records), contentType: XLSX_CONTENT_TYPE, fileName: `${baseName}.xlsx` };
    }
  }

}
