import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ProcedureComponent } from '@dvc/shared/contracts';
import type { FileCheckStatus } from './file-checks.constants';

/** An attachment whose check has not run yet, with what checking it needs. */
export interface PendingAttachment {
  id: string;
  component_code: string | null;
  storage_key: string;
  sha256: string;
}

/** The checks of a dossier's attachments: which wait, against which components, and their outcome (recorded once). */
@Injectable()
export class FileChecksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The components of the procedure version the dossier is pinned to, and its attachments still `pending`. */
  async pendingAttachments(dossierId: string): Promise<{ components: ProcedureComponent[]; files: PendingAttachment[] }> {
    const [versions, files] = await Promise.all([
      this.db.query(
        `SELECT pv.components FROM dossier d JOIN procedure_version pv ON pv.id = d.procedure_version_id WHERE d.id = $1`,
        [dossierId],
      ) as Promise<{ components: ProcedureComponent[] }[]>,
      this.db.query(
        `SELECT df.id, df.component_code, sf.storage_key, sf.sha256
           FROM dossier_file df JOIN stored_file sf ON sf.id = df.stored_file_id
          WHERE df.dossier_id = $1 AND df.kind = 'attachment' AND df.check_status = 'pending'
          ORDER BY df.created_at, df.id`,
        [dossierId],
      ) as Promise<PendingAttachment[]>,
    ]);
    return { components: versions[0]?.components ?? [], files };
  }

  /** Records the outcome unless another run already did (only `pending` rows change); true when this run recorded it. */
  async recordCheck(dossierFileId: string, status: Exclude<FileCheckStatus, 'pending'>, detail: string | null): Promise<boolean> {
    const [, affected]: [unknown[], number] = await this.db.query(
      `UPDATE dossier_file SET check_status = $2, check_detail = $3, checked_at = now() WHERE id = $1 AND check_status = 'pending'`,
      [dossierFileId, status, detail],
    );
    return affected > 0;
  }
}
