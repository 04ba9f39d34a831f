import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { DossierSummary } from '@dvc/shared/contracts';
import { AppConfig, isUniqueViolation, NotFoundError, UnauthenticatedError, type Actor } from '@dvc/server/core';
import { CatalogueRepository } from '@dvc/server/catalogue';
import { DossiersRepository, DossiersService, FilesService } from '@dvc/server/dossiers';
import type { IntakeDossierDto } from './intake.dto';

export interface IntakeResult {
  created: boolean;
  dossier: Pick<DossierSummary, 'id' | 'code' | 'status'>;
}

/** An account made for an applicant of the national portal cannot log in with a password here (they use VNeID). */
const NO_LOCAL_PASSWORD = '!national-portal';

/**
 * Dossiers handed over by the national portal. Idempotent on its id: the same hand-over twice (a retry after a lost
 * answer) returns the dossier created the first time. The dossier then follows the normal path (checks, code,
 * history, outbox), with the applicant's account found by personal id or e-mail, or created.
 */
@Injectable()
export class NationalPortalIntakeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dossiers: DossiersService,
    private readonly repository: DossiersRepository,
    private readonly files: FilesService,
    private readonly agencies: CatalogueRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async receive(presentedKey: string | undefined, request: IntakeDossierDto, correlationId: string | null): Promise<IntakeResult> {
    this.authenticate(presentedKey);
    const existing = await this.repository.findIdByExternalId('national_portal', request.nationalId);
    if (existing) return { created: false, dossier: await this.summary(existing) };

    // After a reorganisation the national portal may still address a merged agency: its successor takes the dossier.
    const agencyId = (await this.agencies.currentAgenciesFor([request.agencyCode])).get(request.agencyCode)?.id;
    if (!agencyId) {
      throw new NotFoundError('CATALOGUE.AGENCY_NOT_FOUND', `Không có cơ quan mã ${request.agencyCode} / No agency ${request.agencyCode}`, [
        { field: 'agencyCode', code: 'NOT_FOUND', message: request.agencyCode },
      ]);
    }
    const applicant = await this.applicant(request.applicant);
    const attachments = [];
    for (const attachment of request.attachments) {
      const stored = await this.files.store(applicant, attachment.fileName, Buffer.from(attachment.contentBase64, 'base64'));
      attachments.push({ componentCode: attachment.componentCode, fileId: stored.id });
    }
    try {
      const dossier = await this.dossiers.submit(
        applicant,
        { procedureCode: request.procedureCode, agencyId, formData: request.formData, attachments },
        correlationId,
        new Date(),
        { source: 'national_portal', externalId: request.nationalId },
      );
      return { created: true, dossier: { id: dossier.id, code: dossier.code, status: dossier.status } };
    } catch (error) {
      // The same hand-over arrived twice at once: the other one created it.
      if (!isUniqueViolation(error, 'uq_dossier_external')) throw error;
      const id = await this.repository.findIdByExternalId('national_portal', request.nationalId);
      if (!id) throw error;
      return { created: false, dossier: await this.summary(id) };
    }
  }

  private authenticate(presentedKey: string | undefined): void {
    const expected = Buffer.from(this.config.NATIONAL_PORTAL_INTAKE_KEY);
    const given = Buffer.from(presentedKey ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new UnauthenticatedError('INTEGRATION.BAD_KEY', 'Khóa tích hợp không đúng / The integration key is wrong');
    }
  }

  private async applicant(profile: IntakeDossierDto['applicant']): Promise<Actor> {
    const found: { id: string; full_name: string }[] = await this.db.query(
      `SELECT id, full_name FROM user_account WHERE role = 'citizen' AND (personal_id = $1 OR lower(email) = lower($2))
        ORDER BY (personal_id = $1) DESC LIMIT 1`,
      [profile.personalId, profile.email],
    );
    let user = found[0];
    if (!user) {
      const created: { id: string; full_name: string }[] = await this.db.query(
        `INSERT INTO user_account (email, password_hash, full_name, phone, personal_id, role)
         VALUES ($1, $2, $3, $4, $5, 'citizen')
         ON CONFLICT (lower(email)) DO UPDATE SET personal_id = COALESCE(user_account.personal_id, EXCLUDED.personal_id)
         RETURNING id, full_name`,
        [profile.email, NO_LOCAL_PASSWORD, profile.fullName, profile.phone ?? null, profile.personalId],
      );
      user = created[0];
    }
    if (!user) throw new Error('applicant account could not be found or created');
    return { userId: user.id, role: 'citizen', fullName: user.full_name, agencyIds: [] };
  }

  private async summary(id: string): Promise<IntakeResult['dossier']> {
    const row = await this.repository.findById(id);
    if (!row) throw new Error(`dossier ${id} vanished`);
    return { id: row.id, code: row.code, status: row.status };
  }
}
