import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@dvc/server/core';
import type { IssuedSession } from './auth.service';

export const SESSION_COOKIE = 'dvc_session';
/** Readable by the page's script; Angular echoes it in X-XSRF-TOKEN on every mutating request. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

@Injectable()
export class SessionCookies {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  set(reply: FastifyReply, session: IssuedSession): void {
    const common = { path: '/', sameSite: 'lax' as const, secure: this.config.COOKIE_SECURE, maxAge: session.maxAgeSeconds };
    void reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
    void reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    void reply.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  tokenOf(request: FastifyRequest): string | undefined {
    return request.cookies?.[SESSION_COOKIE];
  }
}
