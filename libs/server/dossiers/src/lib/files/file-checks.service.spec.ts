import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { ProcedureComponent } from '@dvc/shared/contracts';
import { FILE_CHECK_MESSAGES } from './attachment-checks';
import { ClamdUnavailableError, type ClamdClient, type ScanResult } from './clamd-client';
import type { FileChecksRepository, PendingAttachment } from './file-checks.repository';
import { FileChecksService } from './file-checks.service';
import type { FileStorage } from './file-storage';

const PDF = Buffer.from('%PDF-1.4\nclean\n%%EOF\n');
const INFECTED = Buffer.from('%PDF-1.4\nMARKER\n%%EOF\n');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const COMPONENTS: ProcedureComponent[] = [{ code: 'TP01', name: 'Tờ khai', originals: 1, copies: 0, required: true, acceptedTypes: ['application/pdf'], maxSizeMb: 1 }];

/** The repository's rule in memory: only pending rows change. */
class FakeRepository {
  readonly status = new Map<string, { status: string; detail: string | null }>();

  constructor(private readonly files: PendingAttachment[]) {
    for (const file of files) this.status.set(file.id, { status: 'pending', detail: null });
  }

  async pendingAttachments(): Promise<{ components: ProcedureComponent[]; files: PendingAttachment[] }> {
    return { components: COMPONENTS, files: this.files.filter((file) => this.status.get(file.id)?.status === 'pending') };
  }

  async recordCheck(id: string, status: string, detail: string | null): Promise<boolean> {
    if (this.status.get(id)?.status !== 'pending') return false;
    this.status.set(id, { status, detail });
    return true;
  }
}

function storageOf(files: Record<string, Buffer | NodeJS.ErrnoException>): FileStorage {
  return {
    read: async (key: string) => {
      const entry = files[key];
      if (entry instanceof Buffer) return entry;
      throw entry ?? Object.assign(new Error('gone'), { code: 'ENOENT' });
    },
  } as unknown as FileStorage;
}

function clamdOf(enabled: boolean, scan: (bytes: Buffer) => Promise<ScanResult>): ClamdClient & { calls: number } {
  const fake = { enabled, calls: 0, scan: (bytes: Buffer) => ((fake.calls += 1), scan(bytes)) };
  return fake as unknown as ClamdClient & { calls: number };
}

const file = (id: string, bytes: Buffer, componentCode = 'TP01'): PendingAttachment => ({ id, component_code: componentCode, storage_key: `key-${id}`, sha256: sha(bytes) });
const payload = { dossierId: 'd-1', eventId: 'e-1', correlationId: null };
const markerScan = async (bytes: Buffer): Promise<ScanResult> => (bytes.includes('MARKER') ? { infected: true, signature: 'Dvc.Test.Marker' } : { infected: false });

describe('FileChecksService', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('should pass clean files and fail infected ones with the signature when clamd is configured', async () => {
    const repository = new FakeRepository([file('clean', PDF), file('infected', INFECTED)]);
    const sut = new FileChecksService(repository as unknown as FileChecksRepository, storageOf({ 'key-clean': PDF, 'key-infected': INFECTED }), clamdOf(true, markerScan));

    const outcome = await sut.checkDossier(payload);

    expect(outcome).toEqual({ checked: 2, passed: 1, failed: 1, alreadyChecked: 0, scanned: true });
    expect(repository.status.get('clean')).toEqual({ status: 'passed', detail: null });
    expect(repository.status.get('infected')).toEqual({ status: 'failed', detail: FILE_CHECK_MESSAGES.malware('Dvc.Test.Marker') });
  });

  it('should still check type, size and integrity when no clamd is configured, without scanning', async () => {
    const repository = new FakeRepository([file('infected', INFECTED), file('changed', PDF)]);
    const clamd = clamdOf(false, markerScan);
    const sut = new FileChecksService(repository as unknown as FileChecksRepository, storageOf({ 'key-infected': INFECTED, 'key-changed': INFECTED }), clamd);

    expect(await sut.checkDossier(payload)).toEqual({ checked: 2, passed: 1, failed: 1, alreadyChecked: 0, scanned: false });
    expect(clamd.calls).toBe(0);
    expect(repository.status.get('changed')).toEqual({ status: 'failed', detail: FILE_CHECK_MESSAGES.changed });
  });

  it('should fail the attempt and record nothing when clamd does not answer', async () => {
    const repository = new FakeRepository([file('clean', PDF)]);
    const sut = new FileChecksService(
      repository as unknown as FileChecksRepository,
      storageOf({ 'key-clean': PDF }),
      clamdOf(true, () => Promise.reject(new ClamdUnavailableError('clamd did not answer within 30000 ms'))),
    );

    await expect(sut.checkDossier(payload)).rejects.toThrow(ClamdUnavailableError);
    expect(repository.status.get('clean')).toEqual({ status: 'pending', detail: null });
  });

  it('should fail a file missing from storage, and retry on any other read error', async () => {
    const missing = new FakeRepository([file('missing', PDF)]);
    await new FileChecksService(missing as unknown as FileChecksRepository, storageOf({}), clamdOf(true, markerScan)).checkDossier(payload);
    expect(missing.status.get('missing')).toEqual({ status: 'failed', detail: FILE_CHECK_MESSAGES.missing });

    const unreadable = new FakeRepository([file('unreadable', PDF)]);
    const eio = Object.assign(new Error('i/o error'), { code: 'EIO' });
    const sut = new FileChecksService(unreadable as unknown as FileChecksRepository, storageOf({ 'key-unreadable': eio }), clamdOf(true, markerScan));
    await expect(sut.checkDossier(payload)).rejects.toThrow('i/o error');
    expect(unreadable.status.get('unreadable')?.status).toBe('pending');
  });

  it('should change nothing when run again', async () => {
    const repository = new FakeRepository([file('clean', PDF), file('infected', INFECTED)]);
    const sut = new FileChecksService(repository as unknown as FileChecksRepository, storageOf({ 'key-clean': PDF, 'key-infected': INFECTED }), clamdOf(true, markerScan));
    await sut.checkDossier(payload);
    const before = new Map(repository.status);

    expect(await sut.checkDossier(payload)).toEqual({ checked: 0, passed: 0, failed: 0, alreadyChecked: 0, scanned: true });
    expect(repository.status).toEqual(before);
  });
});
