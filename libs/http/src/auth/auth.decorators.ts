import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { PUBLIC_EXTENSION } from '../openapi/openapi-document';
import { AuthenticatedActor, Role } from './actor';

export const PUBLIC_ROUTE = 'kongthun:public';
export const ALLOWED_ROLES = 'kongthun:roles';

/** No token needed (health, API docs). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension(PUBLIC_EXTENSION, true));

/** Only these roles may call the route (admin always may). */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedActor => context.switchToHttp().getRequest().actor,
);
