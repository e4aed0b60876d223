import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { AuthenticatedActor, Role } from './actor';

export const PUBLIC_ROUTE = 'kongthun:public';
export const ALLOWED_ROLES = 'kongthun:roles';

/** No token needed (health, API docs). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route (admin always may). */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedActor => context.switchToHttp().getRequest().actor,
);
