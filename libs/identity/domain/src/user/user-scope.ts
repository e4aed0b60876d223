import { UserScope } from './user.events';
import { refuse } from './refusals';

/** A login name and stream key: lower-case letters, digits, dot, dash, underscore; 2–64 long. */
export const USER_ID = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const AREA_PREFIX = /^\d{2}(\d{2}(\d{2})?)?$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * A scope as it will be signed into tokens: each area a province, district or subdistrict prefix,
 * each fund or programme a plain id. Empty lists are dropped, duplicates removed and the lists
 * sorted, so that the same scope is always written the same way.
 */
export const normalScope = (scope: UserScope): UserScope => {
  const badArea = (scope.areas ?? []).find((area) => !AREA_PREFIX.test(area));
  if (badArea !== undefined)
    refuse('identity.scope-invalid', `Area "${badArea}" is not a 2, 4 or 6 digit area-code prefix`, 'รหัสพื้นที่ในขอบเขตสิทธิ์ไม่ถูกต้อง', {
      area: badArea,
    });
  const badId = [...(scope.funds ?? []), ...(scope.programmes ?? [])].find((id) => !ID.test(id));
  if (badId !== undefined)
    refuse('identity.scope-invalid', `"${badId}" is not a fund or programme id`, 'รหัสกองทุนหรือโครงการในขอบเขตสิทธิ์ไม่ถูกต้อง', { id: badId });
  const list = (values: string[] | undefined) => (values && values.length > 0 ? [...new Set(values)].sort() : undefined);
  const normal: UserScope = { areas: list(scope.areas), funds: list(scope.funds), programmes: list(scope.programmes) };
  if (scope.national === true) normal.national = true;
  return Object.fromEntries(Object.entries(normal).filter(([, value]) => value !== undefined)) as UserScope;
};

export const assertUserId = (userId: string): void => {
  if (!USER_ID.test(userId))
    refuse(
      'identity.user-id-invalid',
      `User id "${userId}" must be 2–64 lower-case letters, digits, dots, dashes or underscores`,
      'ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข จุด ขีด หรือขีดล่าง 2–64 ตัว',
    );
};

export const assertRole = (role: string): void => {
  if (role.trim() === '') refuse('identity.role-required', 'A user needs a role', 'กรุณาระบุบทบาทของผู้ใช้');
};
