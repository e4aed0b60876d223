import { AuthenticatedActor, seesAnyArea } from '@kongthun/http';
import { DomainError } from '@kongthun/kernel';

/**
 * Who may act on a programme's things: admin anywhere; anyone else when the programme is listed in
 * their `scope.programmes`, or the thing's area lies in their `areas` (a grants officer of
 * Saraburi holds `areas: ["19"]`). An auditor only reads, within the same scope.
 */
export const inGrantsScope = (actor: AuthenticatedActor, programmeId: string, areaCodes: readonly string[]): boolean =>
  actor.role === 'admin' ||
  (Array.isArray(actor.scope.programmes) && actor.scope.programmes.includes(programmeId)) ||
  (areaCodes.length > 0 && seesAnyArea(actor, areaCodes));

export const assertGrantsScope = (actor: AuthenticatedActor, programmeId: string, areaCodes: readonly string[]): void => {
  if (!inGrantsScope(actor, programmeId, areaCodes))
    throw new DomainError('auth.out-of-scope', `User ${actor.userId} may not act on programme ${programmeId} here`, {
      messageTh: 'แผนงานหรือพื้นที่นี้อยู่นอกขอบเขตที่ท่านได้รับสิทธิ์',
    });
};
