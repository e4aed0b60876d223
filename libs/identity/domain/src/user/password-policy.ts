import { refuse } from './refusals';

/** NIST SP 800-63B: length over composition rules; 10 is this project's floor, 256 bounds the hashing work. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** Refuses a password too short or too long to accept; counted in characters, so Thai counts as typed. */
export const assertPasswordPolicy = (password: string): void => {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    refuse(
      'identity.password-too-short',
      `A password needs at least ${PASSWORD_MIN_LENGTH} characters`,
      `รหัสผ่านต้องยาวอย่างน้อย ${PASSWORD_MIN_LENGTH} ตัวอักษร`,
    );
  if (length > PASSWORD_MAX_LENGTH)
    refuse(
      'identity.password-too-long',
      `A password may have at most ${PASSWORD_MAX_LENGTH} characters`,
      `รหัสผ่านยาวได้ไม่เกิน ${PASSWORD_MAX_LENGTH} ตัวอักษร`,
    );
};
