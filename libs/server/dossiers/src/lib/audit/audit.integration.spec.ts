import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigModule, DatabaseModule, OutboxModule, type Actor } from '@dvc/server/core';
import { insertCatalogueFixture, samplePdf, type CatalogueFixture } from '@dvc/server/testing';
import { DossiersModule } from '../dossiers.module';
import { DossierActionsService } from '../dossier-actions.service';
import { DossiersService } from '../dossiers.service';
import { FilesService } from '../files/files.service';
import { AuditService } from './audit.service';

@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, DossiersModule] })
class AuditTestModule {}

describe('dossier history audit (real PostgreSQL)', () => {
  let context: INestApplicationContext;
  let db: DataSource;
  let fixture: CatalogueFixture;
  let sut: AuditService;

  beforeAll(async () => {
    context = await NestFactory.createApplicationContext(AuditTestModule, { logger: false, abortOnError: false });
    db = context.get(DataSource);
    fixture = await insertCatalogueFixture(db);
    sut = context.get(AuditService);
  });

  afterAll(async () => {
    await context.close();
  });

  async function receivedDossier(): Promise<string> {
    const citizen: Actor = { userId: fixture.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] };
    const staff: Actor = { userId: fixture.staffId, role: 'desk_officer', fullName: 'Cán bộ Thử', agencyIds: [fixture.agencyId] };
    const file = await context.get(FilesService).store(citizen, 'to-khai.pdf', samplePdf('to khai'));
    const dossiers = context.get(DossiersService);
    const submitted = await dossiers.submit(
      citizen,
      { procedureCode: fixture.procedureCode, agencyId: fixture.agencyId, formData: { hoTen: 'Nguyễn Văn Thử' }, attachments: [{ componentCode: 'TP01', fileId: file.id }] },
      'it-audit',
    );
    await context.get(DossierActionsService).act(staff, submitted.id, 'accept', { version: submitted.version }, 'it-audit');
    return submitted.id;
  }

  it('should refuse to change or delete a history row', async () => {
    const dossierId = await receivedDossier();
    await expect(db.query(`UPDATE dossier_event SET reason = 'sửa' WHERE dossier_id = $1`, [dossierId])).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM dossier_event WHERE dossier_id = $1`, [dossierId])).rejects.toThrow(/append-only/);
  });

  it('should report the chain intact, then the exact event a superuser changed around the trigger', async () => {
    const dossierId = await receivedDossier();
    const before = await sut.verifyAllChains();
    expect(before.broken.filter((link) => link.dossierId === dossierId)).toEqual([]);
    expect(before.eventsChecked).toBeGreaterThanOrEqual(2);

    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      // What an administrator with direct database access could do: skip triggers for the session and edit history.
      await runner.query(`SET session_replication_role = replica`);
      await runner.query(`UPDATE dossier_event SET actor_name = 'Người khác' WHERE dossier_id = $1 AND seq = 2`, [dossierId]);
    } finally {
      await runner.query(`SET session_replication_role = DEFAULT`);
      await runner.release();
    }
    const [{ id: tamperedId }] = await db.query(`SELECT id FROM dossier_event WHERE dossier_id = $1 AND seq = 2`, [dossierId]);

    const after = await sut.verifyAllChains();
    expect(after.intact).toBe(false);
    expect(after.broken.filter((link) => link.dossierId === dossierId)).toEqual([
      expect.objectContaining({ dossierId, eventId: tamperedId, seq: 2, problem: 'HASH_MISMATCH' }),
    ]);
  });
});
