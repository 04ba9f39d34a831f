import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserRole } from '@dvc/shared/domain';
import type { Actor } from '@dvc/server/core';

/**
 * The command line (`npm run agencies:merge`) acting for the province's administration: a province admin that is no
 * user account, recorded as the system (no user id) in the audit trail and in dossier histories.
 */
export const SYSTEM_PROVINCE_ADMIN = {
  userId: null,
  role: 'province_admin',
  fullName: 'Hệ thống / System',
  agencyIds: [],
} as const satisfies Omit<Actor, 'userId'> & { userId: null };

/** Who merges agencies: a province admin signed in, or the system. */
export type MergeActor = Actor | typeof SYSTEM_PROVINCE_ADMIN;

/** A merger as the dossiers area needs it to move and record open dossiers. */
export interface AgencyMergeContext {
  agencyId: string;
  agencyName: string;
  successorId: string;
  successorName: string;
  reason: string;
  /** As dossier events record an actor: the system has no user id and the role `system`. */
  actor: { userId: string | null; name: string; role: UserRole | 'system' };
  occurredAt: Date;
  correlationId: string | null;
}

/**
 * Moves the open dossiers (not finished) processed by the merged agency to its successor, in the merger's transaction,
 * recording the move in each dossier's hash-chained history; returns how many moved. Due dates, codes and issued
 * documents stay as they are. Implemented by the dossiers area, which depends on the catalogue (not the reverse), and
 * plugged in at start-up through {@link AgencyMergeRegistry}.
 */
export interface OpenDossierTransfer {
  moveOpenDossiers(manager: EntityManager, merge: AgencyMergeContext): Promise<number>;
}

/** Where the dossiers area plugs in its part of a merger at start-up (as feature modules register job handlers). */
@Injectable()
export class AgencyMergeRegistry {
  private transfer: OpenDossierTransfer | null = null;

  registerDossierTransfer(transfer: OpenDossierTransfer): void {
    if (this.transfer) throw new Error('An open-dossier transfer for agency mergers is already registered');
    this.transfer = transfer;
  }

  /** The registered transfer; a merger without one would strand open dossiers at a closed agency, so it fails. */
  dossierTransfer(): OpenDossierTransfer {
    if (!this.transfer) {
      throw new Error('No open-dossier transfer is registered for agency mergers: import the dossiers module where agencies are merged');
    }
    return this.transfer;
  }
}
