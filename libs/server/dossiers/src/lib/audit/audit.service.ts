import { Injectable } from '@nestjs/common';
import type { AuditReport } from '@dvc/shared/contracts';
import { DossiersRepository } from '../dossiers.repository';
import { firstBrokenLink } from './event-hash';

const PAGE_SIZE = 500;

/** Verifies every dossier's hash-chained history and reports the first broken link of each broken chain. */
@Injectable()
export class AuditService {
  constructor(private readonly repository: DossiersRepository) {}

  async verifyAllChains(): Promise<AuditReport> {
    const report: AuditReport = { dossiersChecked: 0, eventsChecked: 0, intact: true, broken: [] };
    let afterId: string | null = null;
    for (;;) {
      const page = await this.repository.chainsAfter(afterId, PAGE_SIZE);
      if (page.length === 0) break;
      for (const dossier of page) {
        report.dossiersChecked += 1;
        report.eventsChecked += dossier.events.length;
        const broken = firstBrokenLink(dossier.events);
        if (broken) {
          report.intact = false;
          report.broken.push({ dossierId: dossier.id, dossierCode: dossier.code, eventId: broken.event.id, seq: broken.event.seq, problem: broken.problem });
        }
      }
      afterId = page[page.length - 1]?.id ?? null;
    }
    return report;
  }
}
