import { AreaCode, DomainError } from '@kongthun/kernel';
import { refuse } from '../refusals';

/**
 * A zone's area: a DOPA subdistrict (6 digits) or a village, written as its subdistrict and
 * village number (หมู่ที่ 01–99, 8 digits: the money contract's village form). A district or
 * province is refused: zones are declared by the subdistricts and villages actually hit.
 */
export const parseZoneArea = (text: string): string => {
  const code = String(text).trim();
  if (!/^\d{6}(\d{2})?$/.test(code)) {
    throw refuse(
      'relief.area-not-subdistrict',
      `Area "${code}" is not a subdistrict (6 digits) or village (8 digits)`,
      'พื้นที่ต้องเป็นรหัสตำบล 6 หลักหรือหมู่บ้าน 8 หลัก',
      {
        areaCode: code,
      },
    );
  }
  try {
    AreaCode.parse(code.slice(0, 6));
  } catch (error) {
    if (error instanceof DomainError)
      throw refuse('relief.area-invalid', `Area "${code}" is not a DOPA code`, 'รหัสพื้นที่ไม่ถูกต้อง', { areaCode: code });
    throw error;
  }
  if (code.length === 8 && code.slice(6) === '00')
    throw refuse('relief.area-invalid', `Area "${code}" has village 00`, 'รหัสหมู่บ้านไม่ถูกต้อง', { areaCode: code });
  return code;
};

export const parseZoneAreas = (codes: readonly string[]): string[] => {
  if (!Array.isArray(codes) || codes.length === 0)
    throw refuse('relief.areas-required', 'A zone needs at least one area', 'ต้องระบุพื้นที่อย่างน้อยหนึ่งแห่ง');
  const parsed = codes.map(parseZoneArea);
  if (new Set(parsed).size !== parsed.length) throw refuse('relief.area-duplicate', 'An area is listed twice', 'ระบุพื้นที่ซ้ำ');
  return parsed;
};
