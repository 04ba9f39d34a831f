import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';

/** Who did it: a signed-in user, or the system (a command, no user account). */
export type AuditActor = Pick<Actor, 'fullName'> & { userId: string | null };

/** Non-dossier administration (publications, retirements, agency mergers), written in the caller's transaction. */
@Injectable()
export class AuditLog {
  async record(manager: EntityManager, actor: AuditActor, action: string, subject: { type: string; id: string }, details: Record<string, unknown> = {}): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_user_id, actor_name, action, subject_type, subject_id, details) VALUES ($1, $2, $3, $4, $5, $6)`,
      [actor.userId, actor.fullName, action, subject.type, subject.id, JSON.stringify(details)],
    );
  }
}
