import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { UserRole } from '@dvc/shared/domain';
import type { CurrentUser, LoginRequest, RegisterRequest, SessionView } from '@dvc/shared/contracts';

/**
 * Who is logged in, as signals. The session itself is an httpOnly cookie the page never sees; this store only knows
 * what `/api/v1/auth/session` says. `restore()` runs once at start-up (provideDvcData), so guards can read `user()`.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<CurrentUser | null>(null);

  readonly user = this.current.asReadonly();
  readonly loggedIn = computed(() => this.current() !== null);
  readonly role = computed<UserRole | null>(() => this.current()?.role ?? null);

  async restore(): Promise<void> {
    try {
      this.current.set((await firstValueFrom(this.http.get<SessionView>('/api/v1/auth/session'))).user);
    } catch (error) {
      // The server is unreachable: the page still loads, logged out, and its own requests show the error.
      if (!(error instanceof HttpErrorResponse)) throw error;
      this.current.set(null);
    }
  }

  async login(request: LoginRequest): Promise<CurrentUser> {
    const user = await firstValueFrom(this.http.post<CurrentUser>('/api/v1/auth/login', request));
    this.current.set(user);
    return user;
  }

  async register(request: RegisterRequest): Promise<CurrentUser> {
    const user = await firstValueFrom(this.http.post<CurrentUser>('/api/v1/auth/register', request));
    this.current.set(user);
    return user;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>('/api/v1/auth/logout', {}));
    } finally {
      this.current.set(null);
    }
  }

  hasRole(...roles: UserRole[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }
}
