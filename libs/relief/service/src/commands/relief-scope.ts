import { AuthenticatedActor, seesAnyArea } from '@kongthun/http';
import { DomainError } from '@kongthun/kernel';

const outOfScope = (actor: AuthenticatedActor, what: string) =>
  new DomainError('auth.out-of-scope', `User ${actor.userId} may not act on ${what}`, { messageTh: 'ข้อมูลนี้อยู่นอกขอบเขตที่ท่านได้รับสิทธิ์' });

/**
 * A relief officer or committee member acts on a declaration named in their `scope.programmes`, or
 * one whose areas all lie within their `areas`; an auditor reads where any area is theirs; admin anywhere.
 */
export const assertDeclarationInScope = (
  actor: AuthenticatedActor,
  declaration: { declarationId: string; areaCodes: readonly string[] },
  reading = false,
): void => {
  if (actor.role === 'admin') return;
  if (actor.scope.programmes?.includes(declaration.declarationId)) return;
  const inAreas = reading ? seesAnyArea(actor, declaration.areaCodes) : declaration.areaCodes.every((code) => seesAnyArea(actor, [code]));
  if (!inAreas) throw outOfScope(actor, `declaration ${declaration.declarationId}`);
};
