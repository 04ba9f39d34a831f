import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { parseDossierCode, toLocalDate } from '@dvc/shared/domain';
import { ConfigModule, DatabaseModule, OutboxModule, type Actor } from '@dvc/server/core';
import { insertCatalogueFixture, samplePdf } from '@dvc/server/testing';
import { DossiersModule } from './dossiers.module';
import { DossiersService } from './dossiers.service';
import { FilesService } from './files/files.service';

@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, DossiersModule] })
class CodesTestModule {}

describe('dossier codes under concurrency (real PostgreSQL)', () => {
  let context: INestApplicationContext;

  beforeAll(async () => {
    context = await NestFactory.createApplicationContext(CodesTestModule, { logger: false, abortOnError: false });
  });

  afterAll(async () => {
    await context.close();
  });

  it('should give 200 parallel submissions to one agency on one day 200 distinct, consecutive codes', async () => {
    const fixture = await insertCatalogueFixture(context.get(DataSource));
    const citizen: Actor = { userId: fixture.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] };
    const files = context.get(FilesService);
    const uploads = await Promise.all(Array.from({ length: 200 }, (_, index) => files.store(citizen, `to-khai-${index}.pdf`, samplePdf(`to khai ${index}`))));
    const now = new Date();

    const dossiers = await Promise.all(
      uploads.map((file) =>
        context.get(DossiersService).submit(
          citizen,
          { procedureCode: fixture.procedureCode, agencyId: fixture.agencyId, formData: { hoTen: 'Nguyễn Văn Thử' }, attachments: [{ componentCode: 'TP01', fileId: file.id }] },
          'it-codes',
          now,
        ),
      ),
    );

    const parsed = dossiers.map((dossier) => parseDossierCode(dossier.code));
    expect(parsed.every((code) => code?.agencyCode === fixture.agencyCode && code.day === toLocalDate(now))).toBe(true);
    const sequences = parsed.map((code) => code?.seq ?? 0).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
    expect(new Set(dossiers.map((dossier) => dossier.code)).size).toBe(200);
  });
});
