import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import type { UserRole } from '@dvc/shared/domain';
import { Actor, ForbiddenError, IS_PUBLIC_KEY, ROLES_KEY, UnauthenticatedError } from '@dvc/server/core';
import { CSRF_HEADER } from './session-cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard: every route needs a session unless marked @Public(); mutating requests must echo the session's
 * CSRF token; @Roles() limits a route to some roles. Agency scope and ownership are checked by the services.
 */
@Injectable()
export class SessionAuthGuard extends AuthGuard('session') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<FastifyRequest & { user: Actor & { csrfToken: string } }>();
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== request.user.csrfToken) {
      throw new ForbiddenError(
        'AUTH.CSRF_MISMATCH',
        'Phiên làm việc không khớp, hãy tải lại trang và thử lại / Session check failed; reload the page and retry',
      );
    }
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(request.user.role)) {
      throw new ForbiddenError('AUTH.FORBIDDEN', 'Vai trò của bạn không được thực hiện thao tác này / Your role may not do this');
    }
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw new UnauthenticatedError('AUTH.UNAUTHENTICATED', 'Bạn cần đăng nhập / Please log in');
    return user;
  }
}
