import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AgencySummary } from '@dvc/shared/contracts';
import type { UserRole } from '@dvc/shared/domain';
import { UserAccountEntity } from './entities/user-account.entity';
import { UserAgencyEntity } from './entities/user-agency.entity';
import { UserSessionEntity } from './entities/user-session.entity';

export interface SessionUser {
  userId: string;
  email: string;
  fullName: string;
  role: UserRole;
  csrfToken: string;
}

@Injectable()
export class IdentityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findByEmail(email: string): Promise<UserAccountEntity | null> {
    return this.db.getRepository(UserAccountEntity).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  findById(id: string): Promise<UserAccountEntity | null> {
    return this.db.getRepository(UserAccountEntity).findOneBy({ id });
  }

  async insertUser(user: Pick<UserAccountEntity, 'email' | 'passwordHash' | 'fullName' | 'phone' | 'personalId' | 'role'>): Promise<string> {
    const result = await this.db.getRepository(UserAccountEntity).insert(user);
    return (result.identifiers[0] as { id: string }).id;
  }

  async agenciesOf(userId: string): Promise<AgencySummary[]> {
    const rows: { id: string; code: string; name: string; parent_id: string | null }[] = await this.db.query(
      `SELECT a.id, a.code, a.name, a.parent_id FROM user_agency ua JOIN agency a ON a.id = ua.agency_id
        WHERE ua.user_id = $1 ORDER BY a.code`,
      [userId],
    );
    return rows.map((row) => ({ id: row.id, code: row.code, name: row.name, parentId: row.parent_id }));
  }

  async agencyIdsOf(userId: string): Promise<string[]> {
    const rows = await this.db.getRepository(UserAgencyEntity).findBy({ userId });
    return rows.map((row) => row.agencyId);
  }

  async insertSession(session: Pick<UserSessionEntity, 'userId' | 'tokenHash' | 'csrfToken' | 'expiresAt'>): Promise<void> {
    await this.db.getRepository(UserSessionEntity).insert(session);
  }

  /** The live session with this token hash and its user, or null when unknown or expired. */
  async findLiveSession(tokenHash: string): Promise<SessionUser | null> {
    const rows: { user_id: string; email: string; full_name: string; role: UserRole; csrf_token: string }[] = await this.db.query(
      `SELECT s.user_id, u.email, u.full_name, u.role, s.csrf_token
         FROM user_session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, email: row.email, fullName: row.full_name, role: row.role, csrfToken: row.csrf_token } : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.getRepository(UserSessionEntity).delete({ tokenHash });
  }
}
