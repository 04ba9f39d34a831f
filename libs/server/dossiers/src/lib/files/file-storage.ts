import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { AppConfig } from '@dvc/server/core';

/**
 * File bytes on local disk under FILES_DIR (a volume in production). Writes go to a temporary name and are renamed
 * into place, so a crash never leaves a half-written file under a key the database points to.
 */
@Injectable()
export class FileStorage {
  private readonly root: string;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.root = resolve(config.FILES_DIR);
  }

  async put(bytes: Buffer, now: Date): Promise<string> {
    const month = now.toISOString().slice(0, 7);
    const key = `${month}/${randomUUID()}`;
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.partial`;
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, target);
    return key;
  }

  open(key: string): ReadStream {
    return createReadStream(this.pathOf(key));
  }

  /** The whole file (uploads are bounded by MAX_UPLOAD_BYTES); rejects with code ENOENT when it is not there. */
  read(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    return join(this.root, key);
  }
}
