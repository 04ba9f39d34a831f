import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { UploadedFile } from '@dvc/shared/contracts';
import { Actor, AppConfig, PayloadTooLargeError, UnsupportedMediaTypeError } from '@dvc/server/core';
import { StoredFileEntity } from '../entities/dossier.entity';
import { ACCEPTED_UPLOAD_TYPES, safeFileName, sniffContentType } from './content-type';
import { FileStorage } from './file-storage';

/** Stores uploads after checking their real type and size; a file becomes part of a dossier only when submitted. */
@Injectable()
export class FilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async store(owner: Actor | null, fileName: string, bytes: Buffer, now = new Date()): Promise<UploadedFile> {
    if (bytes.length > this.config.MAX_UPLOAD_BYTES) throw this.tooLarge();
    const contentType = sniffContentType(bytes);
    if (!contentType) {
      throw new UnsupportedMediaTypeError(
        'FILE.UNSUPPORTED_TYPE',
        `Chỉ nhận tệp PDF, JPEG hoặc PNG; "${safeFileName(fileName, '')}" không phải các loại này / ` +
          `Only PDF, JPEG or PNG files are accepted (${ACCEPTED_UPLOAD_TYPES.join(', ')})`,
      );
    }
    const storageKey = await this.storage.put(bytes, now);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const name = safeFileName(fileName, contentType);
    const inserted = await this.db.getRepository(StoredFileEntity).insert({
      ownerUserId: owner?.userId ?? null,
      fileName: name,
      contentType,
      sizeBytes: bytes.length,
      sha256,
      storageKey,
    });
    const id = (inserted.identifiers[0] as { id: string }).id;
    return { id, fileName: name, contentType, size: bytes.length, sha256 };
  }

  /** Deletes a stored file that never became part of a dossier (e.g. a duplicate result from a repeated job). */
  async discard(id: string): Promise<void> {
    const file = await this.db.getRepository(StoredFileEntity).findOneBy({ id });
    if (!file) return;
    await this.db.getRepository(StoredFileEntity).delete({ id });
    await this.storage.remove(file.storageKey);
  }

  tooLarge(): PayloadTooLargeError {
    const megabytes = Math.floor(this.config.MAX_UPLOAD_BYTES / (1024 * 1024));
    return new PayloadTooLargeError(
      'FILE.TOO_LARGE',
      `Tệp vượt quá ${megabytes} MB, hãy nén hoặc chia nhỏ / The file is larger than ${megabytes} MB; compress or split it`,
    );
  }
}
