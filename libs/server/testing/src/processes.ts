import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from './service-urls';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(probe: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * A Redis server of the test's own (append-only file on, like production), so a test may restart it without
 * disturbing anything else on the machine.
 */
export class RedisServerProcess {
  private child?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(name: string): Promise<RedisServerProcess> {
    const dir = join(REPO_ROOT, 'var', 'test-redis', name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const server = new RedisServerProcess(await freePort(), dir);
    await server.up();
    return server;
  }

  /** A graceful restart: Redis writes its data out, stops, and starts again from it. */
  async restart(): Promise<void> {
    await this.down();
    await this.up();
  }

  async stop(): Promise<void> {
    await this.down();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async up(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--appendonly', 'yes', '--save', '', '--daemonize', 'no'], { stdio: 'ignore' });
    const { Redis } = await import('ioredis');
    await waitFor(async () => {
      const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined);
      try {
        await client.connect();
        return (await client.ping()) === 'PONG';
      } finally {
        client.disconnect();
      }
    }, 'redis-server');
  }

  private async down(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    await exited(child);
    this.child = undefined;
  }
}

/** The built worker (`dist/server/apps/worker/src/main.js`) as a process a test can kill -9 and start again. */
export class WorkerProcess {
  private child?: ChildProcess;
  starts = 0;

  constructor(private readonly env: Record<string, string>) {
    if (!existsSync(WorkerProcess.MAIN)) throw new Error(`${WorkerProcess.MAIN} is missing: build first (npm run build; npm test does)`);
  }

  static readonly MAIN = join(REPO_ROOT, 'dist', 'server', 'apps', 'worker', 'src', 'main.js');

  start(): void {
    this.child = spawn(process.execPath, [WorkerProcess.MAIN], { env: { ...process.env, ...this.env }, stdio: 'ignore' });
    this.starts += 1;
  }

  /** kill -9: no shutdown hook runs, jobs in flight are left locked in Redis. */
  async crash(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGKILL');
    await exited(child);
    this.child = undefined;
  }

  /** SIGTERM: the worker finishes running jobs and exits. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    await exited(child);
    this.child = undefined;
  }
}
