import { toArabicDigits, toThaiDigits } from './thai-digits';

describe('Thai numerals', () => {
  it('reads every Thai numeral as its Arabic digit and leaves other text alone', () => {
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(toArabicDigits('๖,๗๔๙,๒๑๐.๐๐ บาท')).toBe('6,749,210.00 บาท');
  });

  it('writes Arabic digits as Thai numerals and back again unchanged', () => {
    expect(toThaiDigits('พ.ศ. 2566')).toBe('พ.ศ. ๒๕๖๖');
    expect(toArabicDigits(toThaiDigits('1-1017-00230-70-8'))).toBe('1-1017-00230-70-8');
  });
});
