import { Injectable, Logger } from '@nestjs/common';
import { attachmentProblems, FILE_CHECK_MESSAGES } from './attachment-checks';
import type { CheckAttachmentsPayload } from './check-attachments.job';
import { ClamdClient } from './clamd-client';
import { FileStorage } from './file-storage';
import { FileChecksRepository } from './file-checks.repository';

/** What one run did: files it found waiting, and how many of them it recorded passed or failed. */
export interface FileChecksOutcome {
  checked: number;
  passed: number;
  failed: number;
  /** Recorded meanwhile by another run of the same job (this run changed nothing for them). */
  alreadyChecked: number;
  /** Whether clamd scanned the files (false when no clamd is configured). */
  scanned: boolean;
}

/**
 * The check-attachments job: each attachment still `pending` is read from storage and judged (type and size against
 * its component, integrity against the upload's hash, clamd when configured), then recorded `passed` or `failed` with
 * the reasons. Only pending rows change, so a rerun or a concurrent run records nothing twice. A clamd that cannot
 * scan fails the run before the file is recorded: a file is never passed without the scan that was asked for.
 */
@Injectable()
export class FileChecksService {
  private readonly logger = new Logger(FileChecksService.name);

  constructor(
    private readonly repository: FileChecksRepository,
    private readonly storage: FileStorage,
    private readonly clamd: ClamdClient,
  ) {}

  async checkDossier(payload: CheckAttachmentsPayload): Promise<FileChecksOutcome> {
    const { components, files } = await this.repository.pendingAttachments(payload.dossierId);
    const byCode = new Map(components.map((component) => [component.code, component]));
    const outcome: FileChecksOutcome = { checked: files.length, passed: 0, failed: 0, alreadyChecked: 0, scanned: this.clamd.enabled };
    for (const file of files) {
      const bytes = await this.read(file.storage_key);
      const problems = bytes
        ? attachmentProblems({ bytes, uploadedSha256: file.sha256, componentCode: file.component_code, component: byCode.get(file.component_code ?? '') })
        : [FILE_CHECK_MESSAGES.missing];
      if (bytes && this.clamd.enabled) {
        const scan = await this.clamd.scan(bytes);
        if (scan.infected) problems.push(FILE_CHECK_MESSAGES.malware(scan.signature));
      }
      const status = problems.length > 0 ? 'failed' : 'passed';
      if (!(await this.repository.recordCheck(file.id, status, problems.length > 0 ? problems.join('; ') : null))) outcome.alreadyChecked += 1;
      else outcome[status] += 1;
    }
    if (files.length > 0) {
      this.logger.log({ dossierId: payload.dossierId, eventId: payload.eventId, correlationId: payload.correlationId, ...outcome }, 'attachments checked');
    }
    return outcome;
  }

  /** The stored bytes, or null when the file is gone (a failed check); any other read error fails the attempt. */
  private async read(storageKey: string): Promise<Buffer | null> {
    try {
      return await this.storage.read(storageKey);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}
