import { isDomainError, ThaiCitizenId, toArabicDigits } from '@kongthun/kernel';

/** What the citizen-ID field says while it is typed: nothing yet, how far along, right, or why not. */
export type CitizenIdCheck =
  | { state: 'empty' }
  | { state: 'typing'; digits: number }
  | { state: 'valid'; grouped: string }
  | { state: 'refused'; code: string; messageTh: string; message: string };

/**
 * The same rule the services apply (kernel's ThaiCitizenId: 13 digits, no leading 0, the check
 * digit), run on every keystroke so a mistyped digit is caught at the desk, not after submitting.
 * Fewer than 13 digits is still typing, not an error; a letter, or a 13th digit that breaks the
 * check, is refused at once.
 */
export const checkCitizenId = (text: string): CitizenIdCheck => {
  const digits = toArabicDigits(text).replace(/[\s-]/g, '');
  if (digits === '') return { state: 'empty' };
  const partial = /^\d+$/.test(digits) && digits.length < 13;
  if (partial && !digits.startsWith('0')) return { state: 'typing', digits: digits.length };
  try {
    // A leading 0 is wrong however many digits follow: padded to length, the kernel names that rule, not the length.
    return { state: 'valid', grouped: ThaiCitizenId.parse(partial ? digits.padEnd(13, '0') : digits).reveal({ grouped: true }) };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { state: 'refused', code: error.code, messageTh: error.messageTh ?? error.message, message: error.message };
  }
};
