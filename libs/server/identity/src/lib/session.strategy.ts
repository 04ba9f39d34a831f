import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import type { Actor } from '@dvc/server/core';
import { AuthService } from './auth.service';
import { SessionCookies } from './session-cookies';

/** Passport strategy `session`: the httpOnly session cookie → the acting user (with the session's CSRF token). */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {
    super();
  }

  async validate(request: FastifyRequest): Promise<(Actor & { csrfToken: string }) | false> {
    const token = this.cookies.tokenOf(request);
    if (!token) return false;
    return (await this.auth.resolveSession(token)) ?? false;
  }
}
