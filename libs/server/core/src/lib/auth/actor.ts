import type { UserRole } from '@dvc/shared/domain';

/** Who is acting: resolved from the session by the identity lib's guard, passed to every service method. */
export interface Actor {
  userId: string;
  role: UserRole;
  fullName: string;
  /** Agencies a staff member works for; empty for citizens. */
  agencyIds: readonly string[];
}

export function isStaff(actor: Actor): boolean {
  return actor.role !== 'citizen';
}
