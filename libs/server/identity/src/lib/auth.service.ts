import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { CurrentUser, SessionView } from '@dvc/shared/contracts';
import { Actor, AppConfig, ConflictError, UnauthenticatedError, isUniqueViolation } from '@dvc/server/core';
import type { LoginDto, RegisterDto } from './dto/register.dto';
import { IdentityRepository } from './identity.repository';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';

export interface IssuedSession {
  user: CurrentUser;
  token: string;
  csrfToken: string;
  maxAgeSeconds: number;
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const INVALID_CREDENTIALS = 'Thư điện tử hoặc mật khẩu không đúng / Wrong e-mail or password';

@Injectable()
export class AuthService {
  /** Verifying against a real hash when the e-mail is unknown keeps both answers equally slow. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly users: IdentityRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async register(dto: RegisterDto): Promise<IssuedSession> {
    const passwordHash = await this.hasher.hash(dto.password);
    try {
      const userId = await this.users.insertUser({
        email: dto.email.trim(),
        passwordHash,
        fullName: dto.fullName.trim(),
        phone: dto.phone ?? null,
        personalId: dto.personalId ?? null,
        role: 'citizen',
      });
      return this.issueSession(userId);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_user_account_email')) {
        throw new ConflictError(
          'AUTH.EMAIL_TAKEN',
          'Thư điện tử này đã có tài khoản; hãy đăng nhập / This e-mail already has an account; log in instead',
        );
      }
      throw error;
    }
  }

  /** `clientAddress`: where the attempt comes from, for the per-address limit on failed logins (LoginThrottle). */
  async login(dto: LoginDto, clientAddress: string): Promise<IssuedSession> {
    await this.throttle.assertAllowed(dto.email, clientAddress);
    const user = await this.users.findByEmail(dto.email.trim());
    if (!user) {
      this.dummyHash ??= this.hasher.hash(randomBytes(16).toString('hex'));
      await this.hasher.verify(await this.dummyHash, dto.password);
      await this.throttle.recordFailure(dto.email, clientAddress);
      throw new UnauthenticatedError('AUTH.INVALID_CREDENTIALS', INVALID_CREDENTIALS);
    }
    if (!(await this.hasher.verify(user.passwordHash, dto.password))) {
      await this.throttle.recordFailure(dto.email, clientAddress);
      throw new UnauthenticatedError('AUTH.INVALID_CREDENTIALS', INVALID_CREDENTIALS);
    }
    await this.throttle.recordSuccess(dto.email);
    return this.issueSession(user.id);
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.users.deleteSession(hashSessionToken(token));
  }

  async me(actor: Actor): Promise<CurrentUser> {
    return this.currentUser(actor.userId);
  }

  /** The session behind a cookie, if any: what a page asks at start-up without making a visitor's load an error. */
  async session(token: string | undefined): Promise<SessionView> {
    const actor = token ? await this.resolveSession(token) : null;
    return { user: actor ? await this.currentUser(actor.userId) : null };
  }

  /** The actor behind a session cookie, with the session's CSRF token, or null. */
  async resolveSession(token: string): Promise<(Actor & { csrfToken: string }) | null> {
    const session = await this.users.findLiveSession(hashSessionToken(token));
    if (!session) return null;
    const agencyIds = session.role === 'citizen' ? [] : await this.users.agencyIdsOf(session.userId);
    return { userId: session.userId, role: session.role, fullName: session.fullName, agencyIds, csrfToken: session.csrfToken };
  }

  private async issueSession(userId: string): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const maxAgeSeconds = this.config.SESSION_TTL_HOURS * 3600;
    await this.users.insertSession({
      userId,
      tokenHash: hashSessionToken(token),
      csrfToken,
      expiresAt: new Date(Date.now() + maxAgeSeconds * 1000),
    });
    return { user: await this.currentUser(userId), token, csrfToken, maxAgeSeconds };
  }

  private async currentUser(userId: string): Promise<CurrentUser> {
    const user = await this.users.findById(userId);
    if (!user) throw new UnauthenticatedError('AUTH.UNAUTHENTICATED', 'Bạn cần đăng nhập / Please log in');
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
      agencies: user.role === 'citizen' ? [] : await this.users.agenciesOf(user.id),
    };
  }
}
