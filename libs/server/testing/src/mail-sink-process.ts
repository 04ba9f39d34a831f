import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from './service-urls';

export interface SinkMessage {
  to: string[];
  subject: string;
  text: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The project's SMTP sink (scripts/mail-sink.mjs) as a child process on free ports. */
export class MailSinkProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly smtpUrl: string,
    private readonly httpUrl: string,
  ) {}

  static async start(): Promise<MailSinkProcess> {
    const [smtpPort, httpPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'mail-sink.mjs'), '--smtp-port', String(smtpPort), '--http-port', String(httpPort)], {
      stdio: 'ignore',
    });
    const sink = new MailSinkProcess(child, `smtp://127.0.0.1:${smtpPort}`, `http://127.0.0.1:${httpPort}`);
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (await sink.messages().then(() => true, () => false)) return sink;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill();
    throw new Error('mail sink did not start');
  }

  async messages(to?: string): Promise<SinkMessage[]> {
    const response = await fetch(`${this.httpUrl}/api/messages${to ? `?to=${encodeURIComponent(to)}` : ''}`);
    if (!response.ok) throw new Error(`mail sink answered ${response.status}`);
    return (await response.json()) as SinkMessage[];
  }

  stop(): void {
    this.child.kill();
  }
}

/** Polls `probe` until it returns a truthy value (at most `timeoutMs`). */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
