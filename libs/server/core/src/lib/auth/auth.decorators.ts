import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { UserRole } from '@dvc/shared/domain';
import type { Actor } from './actor';
import { UnauthenticatedError } from '../errors/domain-error';

export const IS_PUBLIC_KEY = 'dvc:isPublic';
export const ROLES_KEY = 'dvc:roles';

/** A route anyone may call; every other route needs a session. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/** Only these roles may call the route. */
export const Roles = (...roles: UserRole[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** The acting user, set by the session guard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<{ user?: Actor }>();
  if (!request.user) {
    throw new UnauthenticatedError('AUTH.UNAUTHENTICATED', 'Bạn cần đăng nhập / Please log in');
  }
  return request.user;
});
