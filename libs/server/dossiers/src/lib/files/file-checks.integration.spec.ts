import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import type { DossierDetail, ProcedureComponent } from '@dvc/shared/contracts';
import { AppConfig, ConfigModule, DatabaseModule, JobRegistry, OutboxModule, type Actor, type OutboxPayloads } from '@dvc/server/core';
import { insertCatalogueFixture, samplePdf, type CatalogueFixture } from '@dvc/server/testing';
import { DossiersRepository } from '../dossiers.repository';
import { DossiersService } from '../dossiers.service';
import { FILE_CHECK_MESSAGES } from './attachment-checks';
import { CHECK_ATTACHMENTS_JOB } from './check-attachments.job';
import { ClamdClient } from './clamd-client';
import { FileChecksRepository } from './file-checks.repository';
import { FileChecksModule } from './file-checks.module';
import { FileChecksService, type FileChecksOutcome } from './file-checks.service';
import { FileStorage } from './file-storage';
import { FilesService } from './files.service';

const CLAMD = '/usr/sbin/clamd';
/** A harmless marker our own signature (an .ndb body signature) detects; no real malware is involved. */
const MARKER = 'DVC-UPLOAD-CHECK-TEST-MARKER-4f1c9a';
const SIGNATURE = 'Dvc.Test.UploadCheckMarker';
/** clamd appends `.UNOFFICIAL` to signatures that are not from ClamAV's own databases. */
const REPORTED_SIGNATURE = `${SIGNATURE}.UNOFFICIAL`;

/**
 * A clamd of the test's own: a temporary configuration whose database directory holds only our custom signature
 * (nothing can be downloaded here), listening on a unix socket in a temporary folder.
 */
class ClamdProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    readonly socketPath: string,
  ) {}

  static async start(): Promise<ClamdProcess> {
    if (!existsSync(CLAMD)) {
      throw new Error(
        `${CLAMD} is missing: the upload-check tests run their own ClamAV daemon. Install it with ` +
          '`bash scripts/services.sh ensure --clamav` (as root; npm test does) or `sudo apt-get install -y clamav clamav-daemon`.',
      );
    }
    const dir = mkdtempSync(join(tmpdir(), 'dvc-clamd-'));
    const database = join(dir, 'db');
    mkdirSync(database);
    writeFileSync(join(database, 'dvc-test.ndb'), `${SIGNATURE}:0:*:${Buffer.from(MARKER, 'latin1').toString('hex')}\n`);
    const socketPath = join(dir, 'clamd.sock');
    const config = join(dir, 'clamd.conf');
    writeFileSync(
      config,
      [`LocalSocket ${socketPath}`, `DatabaseDirectory ${database}`, `TemporaryDirectory ${dir}`, 'Foreground yes', 'LogTime no', `PidFile ${join(dir, 'clamd.pid')}`].join('\n') + '\n',
    );
    const child = spawn(CLAMD, [`--config-file=${config}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (data: Buffer) => (output += data.toString()));
    child.stderr?.on('data', (data: Buffer) => (output += data.toString()));
    const deadline = Date.now() + 60_000;
    while (!(await ClamdProcess.pong(socketPath))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`clamd did not start (exit ${child.exitCode ?? 'none'}):\n${output.slice(-2000)}`);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    return new ClamdProcess(child, dir, socketPath);
  }

  private static pong(socketPath: string): Promise<boolean> {
    return new Promise((done) => {
      const socket = createConnection(socketPath);
      let reply = '';
      socket.setTimeout(1000, () => socket.destroy());
      socket.on('connect', () => socket.write('zPING\0'));
      socket.on('data', (data: Buffer) => (reply += data.toString()));
      socket.on('close', () => done(reply.startsWith('PONG')));
      socket.on('error', () => undefined);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((done) => this.child.once('exit', done));
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, FileChecksModule] })
class FileChecksTestModule {}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdfComponent = (code: string, name: string, maxSizeMb = 10): ProcedureComponent => ({
  code, name, originals: 1, copies: 0, required: code === 'TP01', acceptedTypes: ['application/pdf'], maxSizeMb,
});

describe('checks of submitted attachments (real PostgreSQL, file storage and clamd)', () => {
  let clamd: ClamdProcess;
  let context: INestApplicationContext;
  let db: DataSource;
  let fixture: CatalogueFixture;
  let citizen: Actor;
  let sut: FileChecksService;

  beforeAll(async () => {
    clamd = await ClamdProcess.start();
    process.env['CLAMD_SOCKET'] = clamd.socketPath;
    context = await NestFactory.createApplicationContext(FileChecksTestModule, { logger: false, abortOnError: false });
    db = context.get(DataSource);
    fixture = await insertCatalogueFixture(db);
    // The fixture's procedure, with one component per case (each accepts only PDF; the last up to 1 MB).
    const components = [
      pdfComponent('TP01', 'Tờ khai'), pdfComponent('TP02', 'Giấy chứng sinh'), pdfComponent('TP03', 'Giấy tờ khác'),
      pdfComponent('TP04', 'Bản sao giấy tờ tùy thân'), pdfComponent('TP05', 'Giấy xác nhận cư trú', 1),
    ];
    await db.query(`UPDATE procedure_version SET components = $2 WHERE procedure_code = $1`, [fixture.procedureCode, JSON.stringify(components)]);
    citizen = { userId: fixture.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] };
    sut = context.get(FileChecksService);
  });

  afterAll(async () => {
    delete process.env['CLAMD_SOCKET'];
    await context?.close();
    await clamd?.stop();
  });

  const upload = async (name: string, bytes: Buffer) => (await context.get(FilesService).store(citizen, name, bytes)).id;

  /** A stored file whose recorded type or size is not what its bytes are (as if it slipped past the upload check). */
  async function forged(name: string, bytes: Buffer, claims: { contentType: string; sizeBytes: number }): Promise<string> {
    const key = await context.get(FileStorage).put(bytes, new Date());
    const [row] = await db.query(
      `INSERT INTO stored_file (owner_user_id, file_name, content_type, size_bytes, sha256, storage_key) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [citizen.userId, name, claims.contentType, claims.sizeBytes, sha256(bytes), key],
    );
    return row.id as string;
  }

  async function submit(attachments: { componentCode: string; fileId: string }[]): Promise<DossierDetail> {
    return context.get(DossiersService).submit(
      citizen,
      { procedureCode: fixture.procedureCode, agencyId: fixture.agencyId, formData: { hoTen: 'Nguyễn Văn Thử' }, attachments },
      'it-file-checks',
    );
  }

  async function payloadOf(dossierId: string) {
    const [row] = await db.query(`SELECT id FROM dossier_event WHERE dossier_id = $1 AND action = 'submit'`, [dossierId]);
    return { dossierId, eventId: row.id as string, correlationId: 'it-file-checks' };
  }

  const checks = (dossierId: string): Promise<{ component_code: string; check_status: string; check_detail: string | null; checked: boolean }[]> =>
    db.query(
      `SELECT component_code, check_status, check_detail, checked_at IS NOT NULL AS checked FROM dossier_file WHERE dossier_id = $1 ORDER BY component_code`,
      [dossierId],
    );

  const total = (outcomes: FileChecksOutcome[], key: 'passed' | 'failed') => outcomes.reduce((sum, outcome) => sum + outcome[key], 0);

  it('should pass a clean PDF and fail malware, a type the component does not accept, a file changed on disk and an oversize file; a rerun changes nothing', async () => {
    const fileIds = {
      TP01: await upload('to-khai.pdf', samplePdf('to khai')),
      TP02: await upload('giay-chung-sinh.pdf', samplePdf(`giay chung sinh ${MARKER}`)),
      TP03: await forged('anh.pdf', PNG, { contentType: 'application/pdf', sizeBytes: PNG.length }),
      TP04: await upload('cccd.pdf', samplePdf('can cuoc')),
      TP05: await forged('cu-tru.pdf', Buffer.concat([samplePdf('cu tru'), Buffer.alloc(1024 * 1024 + 1, 0x20)]), { contentType: 'application/pdf', sizeBytes: 2048 }),
    };
    const dossier = await submit(Object.entries(fileIds).map(([componentCode, fileId]) => ({ componentCode, fileId })));
    // Someone changes a file on disk after submission.
    const [{ storage_key: changedKey }] = await db.query(`SELECT storage_key FROM stored_file WHERE id = $1`, [fileIds.TP04]);
    await writeFile(resolve(context.get(AppConfig).FILES_DIR, changedKey as string), samplePdf('can cuoc da sua'));

    // The submission's outbox row starts the job.
    const registry = new JobRegistry();
    registry.register(CHECK_ATTACHMENTS_JOB, async () => undefined);
    const [outbox] = await db.query(`SELECT payload FROM outbox WHERE aggregate_id = $1 AND topic = 'dossier.status-changed'`, [dossier.id]);
    const started = registry.jobsFor('dossier.status-changed', outbox.payload as OutboxPayloads['dossier.status-changed'], 'it-file-checks');
    expect(started.map((job) => [job.definition.name, job.definition.queue, job.payload])).toEqual([
      ['files.check-attachments', 'files', await payloadOf(dossier.id)],
    ]);
    expect((await checks(dossier.id)).map((file) => file.check_status)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);

    expect(await sut.checkDossier(await payloadOf(dossier.id))).toEqual({ checked: 5, passed: 1, failed: 4, alreadyChecked: 0, scanned: true });
    const expected = [
      { component_code: 'TP01', check_status: 'passed', check_detail: null, checked: true },
      { component_code: 'TP02', check_status: 'failed', check_detail: `Phát hiện mã độc: ${REPORTED_SIGNATURE} / Malware found: ${REPORTED_SIGNATURE}`, checked: true },
      { component_code: 'TP03', check_status: 'failed', check_detail: 'Tệp không phải PDF như thành phần yêu cầu / The file is not PDF as the component requires', checked: true },
      { component_code: 'TP04', check_status: 'failed', check_detail: FILE_CHECK_MESSAGES.changed, checked: true },
      { component_code: 'TP05', check_status: 'failed', check_detail: FILE_CHECK_MESSAGES.tooLarge(1), checked: true },
    ];
    expect(await checks(dossier.id)).toEqual(expected);
    expect(expected[3]?.check_detail).toMatch(/^Tệp đã bị thay đổi sau khi nộp/);

    // Runs twice: nothing left to check, nothing changes.
    expect(await sut.checkDossier(await payloadOf(dossier.id))).toEqual({ checked: 0, passed: 0, failed: 0, alreadyChecked: 0, scanned: true });
    expect(await checks(dossier.id)).toEqual(expected);

    // The desk (and the applicant) see the outcome on the dossier's files.
    const files = (await context.get(DossiersService).get(citizen, dossier.id)).files;
    expect(files.map((file) => [file.componentCode, file.checkStatus, file.checkDetail])).toEqual(expected.map((row) => [row.component_code, row.check_status, row.check_detail]));
  });

  it('should record each file once when the job runs twice at the same time', async () => {
    const dossier = await submit([
      { componentCode: 'TP01', fileId: await upload('to-khai.pdf', samplePdf('to khai')) },
      { componentCode: 'TP02', fileId: await upload('giay-chung-sinh.pdf', samplePdf(`chung sinh ${MARKER}`)) },
    ]);
    const payload = await payloadOf(dossier.id);

    const outcomes = await Promise.all([sut.checkDossier(payload), sut.checkDossier(payload)]);

    expect([total(outcomes, 'passed'), total(outcomes, 'failed')]).toEqual([1, 1]);
    expect((await checks(dossier.id)).map((file) => [file.component_code, file.check_status])).toEqual([['TP01', 'passed'], ['TP02', 'failed']]);
    expect(await sut.checkDossier(payload)).toMatchObject({ checked: 0 });
  });

  it('should fail the attempt and leave the file pending when clamd does not answer, and pass it on the retry', async () => {
    const dossier = await submit([{ componentCode: 'TP01', fileId: await upload('to-khai.pdf', samplePdf('to khai')) }]);
    const payload = await payloadOf(dossier.id);
    const dir = mkdtempSync(join(tmpdir(), 'dvc-hung-clamd-'));
    // Reads what it is sent and never answers.
    const hung: Server = createServer((socket) => socket.on('error', () => undefined).resume());
    await new Promise<void>((done) => hung.listen(join(dir, 'clamd.sock'), done));
    try {
      const config = { ...context.get(AppConfig), CLAMD_SOCKET: join(dir, 'clamd.sock'), CLAMD_TIMEOUT_MS: 300 } as AppConfig;
      const silent = new FileChecksService(context.get(FileChecksRepository), context.get(FileStorage), new ClamdClient(config));

      await expect(silent.checkDossier(payload)).rejects.toThrow('clamd did not answer within 300 ms');
      expect((await checks(dossier.id)).map((file) => file.check_status)).toEqual(['pending']);
    } finally {
      await new Promise((done) => hung.close(done));
      rmSync(dir, { recursive: true, force: true });
    }

    expect(await sut.checkDossier(payload)).toMatchObject({ checked: 1, passed: 1 });
  });

  it('should still check type and integrity without a clamd, and count results as passed', async () => {
    const dossier = await submit([
      { componentCode: 'TP01', fileId: await upload('to-khai.pdf', samplePdf(`to khai ${MARKER}`)) },
      { componentCode: 'TP03', fileId: await forged('anh.pdf', PNG, { contentType: 'application/pdf', sizeBytes: PNG.length }) },
    ]);
    const withoutClamd = { ...context.get(AppConfig), CLAMD_SOCKET: undefined, CLAMD_HOST: undefined } as AppConfig;
    const unscanned = new FileChecksService(context.get(FileChecksRepository), context.get(FileStorage), new ClamdClient(withoutClamd));

    expect(await unscanned.checkDossier(await payloadOf(dossier.id))).toEqual({ checked: 2, passed: 1, failed: 1, alreadyChecked: 0, scanned: false });
    expect((await checks(dossier.id)).map((file) => [file.component_code, file.check_status])).toEqual([['TP01', 'passed'], ['TP03', 'failed']]);

    const result = await context.get(FilesService).store(null, 'ket-qua.pdf', samplePdf('ket qua'));
    const repository = context.get(DossiersRepository);
    await repository.transaction((manager) => repository.attachResultOnce(manager, dossier.id, result.id));
    const files = (await context.get(DossiersService).get(citizen, dossier.id)).files;
    expect(files.filter((file) => file.kind === 'result').map((file) => [file.checkStatus, file.checkDetail])).toEqual([['passed', null]]);
  });
});
