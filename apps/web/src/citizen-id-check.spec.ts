import { checkCitizenId } from './citizen-id-check';

describe('the citizen ID as it is typed', () => {
  it('is nothing yet when empty, and still typing up to twelve digits', () => {
    expect(checkCitizenId('')).toEqual({ state: 'empty' });
    expect(checkCitizenId('1-1017')).toEqual({ state: 'typing', digits: 5 });
    expect(checkCitizenId('110170023070')).toEqual({ state: 'typing', digits: 12 });
  });

  it('is valid at the thirteenth digit when the check digit holds, written as on the card', () => {
    expect(checkCitizenId('1101700230708')).toEqual({ state: 'valid', grouped: '1-1017-00230-70-8' });
    expect(checkCitizenId('๑๑๐๑๗๐๐๒๓๐๗๐๘')).toEqual({ state: 'valid', grouped: '1-1017-00230-70-8' });
  });

  it('refuses a mistyped digit at once, with the Thai message the services send', () => {
    expect(checkCitizenId('1101700230709')).toMatchObject({
      state: 'refused',
      code: 'citizen-id.check-digit',
      messageTh: 'เลขตรวจสอบไม่ถูกต้อง อาจพิมพ์ตัวเลขผิด',
    });
  });

  it('refuses a letter or a leading zero without waiting for thirteen digits', () => {
    expect(checkCitizenId('11017o')).toMatchObject({ state: 'refused', code: 'citizen-id.not-digits' });
    expect(checkCitizenId('0101')).toMatchObject({ state: 'refused', code: 'citizen-id.leading-zero' });
  });

  it('refuses a fourteenth digit', () => {
    expect(checkCitizenId('11017002307081')).toMatchObject({ state: 'refused', code: 'citizen-id.length' });
  });
});
