import { DomainError } from '@kongthun/kernel';
import { AuthenticatedActor, Role, seesAnyArea } from './actor';

/**
 * Who may register something new in an area (a fund, a grant programme, a disaster declaration):
 * an administrator, or an officer of one of `officerRoles` whose area scope covers `areaCode`. A
 * fund id or programme id in a scope grants nothing here: those name what already exists.
 */
export const assertRegistrarCovers = (actor: AuthenticatedActor, areaCode: string, officerRoles: readonly Role[], what: string): void => {
  if (actor.role === 'admin') return;
  if (!officerRoles.includes(actor.role))
    throw new DomainError('auth.forbidden', `Role ${actor.role} may not register ${what}`, {
      messageTh: 'บทบาทของท่านไม่มีสิทธิ์ลงทะเบียนรายการนี้',
    });
  if (!seesAnyArea({ ...actor, scope: { areas: actor.scope.areas, province: actor.scope.province } }, [areaCode]))
    throw new DomainError('auth.out-of-scope', `User ${actor.userId} may not register ${what} in area ${areaCode}`, {
      messageTh: 'พื้นที่นี้อยู่นอกขอบเขตที่ท่านได้รับสิทธิ์',
    });
};
