import { Inject, Injectable } from '@nestjs/common';
import { createConnection, type NetConnectOpts, type Socket } from 'node:net';
import { AppConfig } from '@dvc/server/core';
import { CLAMD_CHUNK_BYTES } from './file-checks.constants';

export type ScanResult = { infected: false } | { infected: true; signature: string };

/** clamd could not be reached, did not answer in time, or answered with an error: the scan did not happen. */
export class ClamdUnavailableError extends Error {
  override name = 'ClamdUnavailableError';
}

/**
 * Reads clamd's answer to `zINSTREAM` ("stream: OK", "stream: <signature> FOUND", or "<why> ERROR"). Anything but a
 * verdict throws: a scan that did not happen never counts as clean.
 */
export function parseClamdReply(reply: string): ScanResult {
  // clamd ends its zINSTREAM reply with a NUL byte.
  const text = reply.split('\0').join('').trim();
  if (text === 'stream: OK') return { infected: false };
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found?.[1]) return { infected: true, signature: found[1] };
  throw new ClamdUnavailableError(`clamd answered "${text.slice(0, 200)}"`);
}

/** The bytes of an INSTREAM request: the command, length-prefixed chunks, and a zero-length chunk that ends it. */
export function instreamFrames(bytes: Buffer, chunkBytes = CLAMD_CHUNK_BYTES): Buffer[] {
  const frames: Buffer[] = [Buffer.from('zINSTREAM\0', 'latin1')];
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    const chunk = bytes.subarray(offset, offset + chunkBytes);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(chunk.length);
    frames.push(length, chunk);
  }
  frames.push(Buffer.alloc(4));
  return frames;
}

/**
 * ClamAV's daemon over its socket protocol (CLAMD_SOCKET, or CLAMD_HOST and CLAMD_PORT). Not configured: `enabled`
 * is false and nobody calls `scan`. Every scan is bounded by CLAMD_TIMEOUT_MS; a clamd that does not answer fails it.
 */
@Injectable()
export class ClamdClient {
  private readonly target: NetConnectOpts | null;
  private readonly timeoutMs: number;

  constructor(@Inject(AppConfig) config: AppConfig) {
    if (config.CLAMD_SOCKET) this.target = { path: config.CLAMD_SOCKET };
    else if (config.CLAMD_HOST) this.target = { host: config.CLAMD_HOST, port: config.CLAMD_PORT };
    else this.target = null;
    this.timeoutMs = config.CLAMD_TIMEOUT_MS;
  }

  get enabled(): boolean {
    return this.target !== null;
  }

  scan(bytes: Buffer): Promise<ScanResult> {
    const target = this.target;
    if (!target) return Promise.reject(new ClamdUnavailableError('no clamd is configured (CLAMD_SOCKET or CLAMD_HOST)'));
    return new Promise<ScanResult>((resolve, reject) => {
      const received: Buffer[] = [];
      let settled = false;
      const socket: Socket = createConnection(target);
      const finish = (outcome: { result: ScanResult } | { error: Error }): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        if ('result' in outcome) resolve(outcome.result);
        else reject(outcome.error);
      };
      const answer = (): void => {
        try {
          finish({ result: parseClamdReply(Buffer.concat(received).toString('utf8')) });
        } catch (error) {
          finish({ error: error as Error });
        }
      };
      const timer = setTimeout(() => finish({ error: new ClamdUnavailableError(`clamd did not answer within ${this.timeoutMs} ms`) }), this.timeoutMs);
      socket.on('connect', () => {
        for (const frame of instreamFrames(bytes)) socket.write(frame);
      });
      socket.on('data', (data: Buffer) => {
        received.push(data);
        // The answer ends with a NUL (the `z` form of the command); clamd closes the connection after it.
        if (data.includes(0)) answer();
      });
      socket.on('end', () => {
        if (received.length > 0) answer();
        else finish({ error: new ClamdUnavailableError('clamd closed the connection without an answer') });
      });
      socket.on('error', (error: NodeJS.ErrnoException) => {
        // clamd may answer (e.g. a size limit) and close while the stream is still being written.
        if (received.length > 0) answer();
        else finish({ error: new ClamdUnavailableError(`clamd is unreachable (${error.code ?? error.message})`) });
      });
    });
  }
}
