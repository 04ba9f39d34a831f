import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './processes';
import { REPO_ROOT } from './service-urls';

export interface SinkMessage {
  to: string[];
  subject: string;
  text: string;
  messageId: string | null;
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
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'mail-sink.mjs'), '--smtp-port', String(smtpPort), '--http-port', String(httpPort), '--quiet'], {
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

  async stats(): Promise<{ messages: number; deliveries: number; duplicateDeliveries: number }> {
    const response = await fetch(`${this.httpUrl}/api/stats`);
    if (!response.ok) throw new Error(`mail sink answered ${response.status}`);
    return (await response.json()) as { messages: number; deliveries: number; duplicateDeliveries: number };
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

export interface PortalMessage {
  key: string;
  receivedAt: string;
  message: { messageId: string; event: { seq: number; statusCode: number; action: string }; dossier: { code: string; statusCode: number } };
}

/** The project's mock national portal (scripts/mock-national-portal.mjs) as a child process on a free port. */
export class MockNationalPortalProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(intakeUrl = 'http://127.0.0.1:1/unused', intakeKey = ''): Promise<MockNationalPortalProcess> {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [join(REPO_ROOT, 'scripts', 'mock-national-portal.mjs'), '--port', String(port), '--intake-url', intakeUrl, '--intake-key', intakeKey, '--quiet'],
      { stdio: 'ignore' },
    );
    const portal = new MockNationalPortalProcess(child, `http://127.0.0.1:${port}`);
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (await portal.stats().then(() => true, () => false)) return portal;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill();
    throw new Error('mock national portal did not start');
  }

  async messages(dossierCode?: string): Promise<PortalMessage[]> {
    const response = await fetch(`${this.url}/api/messages${dossierCode ? `?dossierCode=${encodeURIComponent(dossierCode)}` : ''}`);
    if (!response.ok) throw new Error(`mock portal answered ${response.status}`);
    return (await response.json()) as PortalMessage[];
  }

  async stats(): Promise<{ messages: number; deliveries: number; duplicateDeliveries: number; failuresServed: number }> {
    const response = await fetch(`${this.url}/api/stats`);
    if (!response.ok) throw new Error(`mock portal answered ${response.status}`);
    return (await response.json()) as { messages: number; deliveries: number; duplicateDeliveries: number; failuresServed: number };
  }

  /** Makes the next `failNext` sync requests fail with `failStatus`, or every one while `failAlways`. */
  async control(settings: { failNext?: number; failStatus?: number; failAlways?: boolean }): Promise<void> {
    await fetch(`${this.url}/api/control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(settings) });
  }

  stop(): void {
    this.child.kill();
  }
}
