import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '@dvc/server/core';
import { ClamdClient, ClamdUnavailableError, instreamFrames, parseClamdReply } from './clamd-client';

/** A stand-in for clamd on a unix socket: decodes INSTREAM and answers what `reply` says for the bytes it got. */
class FakeClamd {
  readonly received: Buffer[] = [];
  readonly commands: string[] = [];
  private readonly server: Server;

  constructor(
    readonly path: string,
    private readonly reply: (bytes: Buffer) => string | null,
  ) {
    this.server = createServer((socket) => this.serve(socket));
  }

  listen(): Promise<void> {
    return new Promise((resolve) => this.server.listen(this.path, resolve));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    let buffer = Buffer.alloc(0);
    let commandRead = false;
    const chunks: Buffer[] = [];
    socket.on('error', () => undefined);
    socket.on('data', (data: Buffer) => {
      buffer = Buffer.concat([buffer, data]);
      if (!commandRead) {
        const end = buffer.indexOf(0);
        if (end < 0) return;
        this.commands.push(buffer.subarray(0, end).toString('latin1'));
        buffer = buffer.subarray(end + 1);
        commandRead = true;
      }
      while (buffer.length >= 4) {
        const length = buffer.readUInt32BE(0);
        if (buffer.length < 4 + length) return;
        if (length === 0) {
          const bytes = Buffer.concat(chunks);
          this.received.push(bytes);
          const answer = this.reply(bytes);
          // null: never answer (a hung clamd).
          if (answer !== null) socket.end(`${answer}\0`);
          return;
        }
        chunks.push(buffer.subarray(4, 4 + length));
        buffer = buffer.subarray(4 + length);
      }
    });
  }
}

const config = (overrides: Partial<AppConfig>): AppConfig => ({ CLAMD_PORT: 3310, CLAMD_TIMEOUT_MS: 2000, ...overrides }) as AppConfig;

describe('parseClamdReply', () => {
  it.each([
    ['stream: OK\0', { infected: false }],
    ['stream: Eicar-Signature FOUND\0', { infected: true, signature: 'Eicar-Signature' }],
    ['stream: Dvc.Test.Marker.UNOFFICIAL FOUND', { infected: true, signature: 'Dvc.Test.Marker.UNOFFICIAL' }],
  ])('should read %j', (reply, expected) => {
    expect(parseClamdReply(reply)).toEqual(expected);
  });

  it.each(['INSTREAM size limit exceeded. ERROR\0', '', 'stream: something odd'])('should refuse %j as a verdict', (reply) => {
    expect(() => parseClamdReply(reply)).toThrow(ClamdUnavailableError);
  });
});

describe('instreamFrames', () => {
  it('should send the command, length-prefixed chunks and a zero-length end', () => {
    const frames = instreamFrames(Buffer.from('abcde'), 2);

    expect(frames.map((frame) => frame.toString('latin1'))).toEqual(['zINSTREAM\0', '\0\0\0\u0002', 'ab', '\0\0\0\u0002', 'cd', '\0\0\0\u0001', 'e', '\0\0\0\0']);
  });
});

describe('ClamdClient', () => {
  let dir: string;
  let clamd: FakeClamd | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-clamd-'));
  });

  afterEach(async () => {
    await clamd?.close();
    clamd = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  async function fakeClamd(reply: (bytes: Buffer) => string | null): Promise<FakeClamd> {
    clamd = new FakeClamd(join(dir, 'clamd.sock'), reply);
    await clamd.listen();
    return clamd;
  }

  it('should be disabled when neither a socket nor a host is configured', async () => {
    const sut = new ClamdClient(config({}));

    expect(sut.enabled).toBe(false);
    await expect(sut.scan(Buffer.from('x'))).rejects.toThrow(ClamdUnavailableError);
  });

  it('should stream a file larger than one chunk whole and report it clean', async () => {
    const server = await fakeClamd(() => 'stream: OK');
    const bytes = Buffer.alloc(200 * 1024, 7);
    const sut = new ClamdClient(config({ CLAMD_SOCKET: server.path }));

    await expect(sut.scan(bytes)).resolves.toEqual({ infected: false });
    expect(server.commands).toEqual(['zINSTREAM']);
    expect(server.received[0]?.equals(bytes)).toBe(true);
  });

  it('should report the signature clamd found', async () => {
    const server = await fakeClamd((bytes) => (bytes.includes('MARKER') ? 'stream: Dvc.Test.Marker FOUND' : 'stream: OK'));
    const sut = new ClamdClient(config({ CLAMD_SOCKET: server.path }));

    await expect(sut.scan(Buffer.from('%PDF- ... MARKER ...'))).resolves.toEqual({ infected: true, signature: 'Dvc.Test.Marker' });
  });

  it('should fail when clamd answers with an error', async () => {
    const server = await fakeClamd(() => 'INSTREAM size limit exceeded. ERROR');
    const sut = new ClamdClient(config({ CLAMD_SOCKET: server.path }));

    await expect(sut.scan(Buffer.from('x'))).rejects.toThrow(/size limit exceeded/);
  });

  it('should fail within the timeout when clamd never answers', async () => {
    const server = await fakeClamd(() => null);
    const sut = new ClamdClient(config({ CLAMD_SOCKET: server.path, CLAMD_TIMEOUT_MS: 200 }));
    const started = Date.now();

    await expect(sut.scan(Buffer.from('x'))).rejects.toThrow('clamd did not answer within 200 ms');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('should fail when nothing listens on the socket', async () => {
    const sut = new ClamdClient(config({ CLAMD_SOCKET: join(dir, 'nobody.sock') }));

    await expect(sut.scan(Buffer.from('x'))).rejects.toThrow(/clamd is unreachable \(ENOENT\)/);
  });

  it('should use TCP when a host is configured', async () => {
    const sut = new ClamdClient(config({ CLAMD_HOST: '127.0.0.1', CLAMD_PORT: 1 }));

    expect(sut.enabled).toBe(true);
    await expect(sut.scan(Buffer.from('x'))).rejects.toThrow(/clamd is unreachable \(ECONNREFUSED\)/);
  });
});
