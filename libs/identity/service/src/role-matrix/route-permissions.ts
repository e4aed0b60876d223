import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ALLOWED_ROLES, PUBLIC_ROUTE, Role, ROLES } from '@kongthun/http';

/** One route of the application and who the token guard lets call it. */
export interface RoutePermission {
  method: string;
  /** As declared, with its parameters: `/api/welfare/funds/:fundId/claims`. */
  path: string;
  /** No token needed. */
  public: boolean;
  /** The roles `@Roles` lists (admin is always allowed); undefined: any signed-in role. */
  roles: readonly Role[] | undefined;
}

const joined = (...parts: (string | string[] | undefined)[]): string =>
  `/${parts
    .map((part) => (Array.isArray(part) ? part[0] : part) ?? '')
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment !== '')
    .join('/')}`;

/**
 * Every controller route of the application, read from the same metadata the token guard reads
 * (`@Public`, `@Roles` on the method or its controller), so a route added by any module is in the
 * matrix without anyone listing it.
 */
export const discoverRoutes = (app: INestApplication): RoutePermission[] => {
  const reflector = new Reflector();
  const routes = new Map<string, RoutePermission>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller) continue;
      const base: string | string[] | undefined = Reflect.getMetadata(PATH_METADATA, controller);
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
        const path: string | string[] | undefined = Reflect.getMetadata(PATH_METADATA, handler);
        if (method === undefined || path === undefined) continue;
        const roles = reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, [handler, controller]);
        // Public: marked so on the route itself, or on its controller when no roles are named (a
        // controller that skips the token guard yet names roles would check them itself: not public).
        const isPublic =
          Reflect.getMetadata(PUBLIC_ROUTE, handler) === true ||
          (Reflect.getMetadata(PUBLIC_ROUTE, controller) === true && roles === undefined);
        const route: RoutePermission = { method: RequestMethod[method], path: joined(base, path), public: isPublic, roles };
        routes.set(`${route.method} ${route.path}`, route);
      }
    }
  }
  return [...routes.values()].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
};

/** Whether the guard lets a role through (what the route then refuses for scope is another matter). */
export const isAllowed = (route: RoutePermission, role: Role): boolean =>
  route.public || role === 'admin' || route.roles === undefined || route.roles.includes(role);

/** The matrix as a Markdown table: one row per route, one column per role. */
export const roleMatrixMarkdown = (routes: readonly RoutePermission[]): string => {
  const header = `| route | ${ROLES.join(' | ')} |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = routes.map(
    (route) =>
      `| \`${route.method} ${route.path}\` | ${ROLES.map((role) => (route.public ? 'public' : isAllowed(route, role) ? '✓' : '—')).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
};

export const ROLE_MATRIX_START = '<!-- role-matrix:start (generated: npm run kongthun -- role-matrix --write) -->';
export const ROLE_MATRIX_END = '<!-- role-matrix:end -->';

/** The README with its matrix section replaced; throws when the markers are missing. */
export const withRoleMatrix = (readme: string, table: string): string => {
  const start = readme.indexOf(ROLE_MATRIX_START);
  const end = readme.indexOf(ROLE_MATRIX_END);
  if (start < 0 || end < start) throw new Error('README.md has no role-matrix markers');
  return `${readme.slice(0, start + ROLE_MATRIX_START.length)}\n${table}\n${readme.slice(end)}`;
};
