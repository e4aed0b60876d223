import { checkFiguresMatchWords } from './figures-match-words';

const refusal = (code: string) => expect.objectContaining({ name: 'DomainError', code });

describe('figures against words', () => {
  it('reports the Phuket welfare-assembly amount, 380,000 in figures but 3,800,000 in words, as a mismatch', () => {
    // Seed 002: a 2017 news report on the Phuket PAO community welfare assembly.
    const check = checkFiguresMatchWords('380,000', 'สามล้านแปดแสนบาทถ้วน');

    expect(check.matches).toBe(false);
    expect(check).toMatchObject({ reason: 'amounts-differ' });
    expect(check.figures.format()).toBe('380,000.00');
    expect(check.wordsAmount?.format()).toBe('3,800,000.00');
  });

  it('accepts the Saraburi CODI grant total, whose figures and words agree', () => {
    // Seed 003: five CODI-funded projects for fiscal 2566.
    const check = checkFiguresMatchWords('6,749,210.00 บาท', 'หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน');

    expect(check.matches).toBe(true);
    expect(check.wordsAmount?.equals(check.figures)).toBe(true);
  });

  it('compares amounts, not spelling: spacing, parentheses, เอ็ด/หนึ่ง and ตรง/ถ้วน do not matter', () => {
    expect(checkFiguresMatchWords('101', '( หนึ่งร้อย เอ็ด บาท ตรง )').matches).toBe(true);
    expect(checkFiguresMatchWords('101', 'หนึ่งร้อยหนึ่งบาทถ้วน').matches).toBe(true);
  });

  it('catches a difference in satang alone', () => {
    const check = checkFiguresMatchWords('1,234.50', 'หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน');

    expect(check.matches).toBe(false);
    expect(check.wordsAmount?.toDecimalString()).toBe('1234.00');
  });

  it('reports words it cannot read as a finding, with no amount for them', () => {
    const check = checkFiguresMatchWords('150,000', 'แสนห้าบาท');

    expect(check).toEqual({ matches: false, reason: 'words-unreadable', figures: expect.anything() });
    expect(check.wordsAmount).toBeUndefined();
  });

  it('refuses figures it cannot read, since there is nothing to check the words against', () => {
    expect(() => checkFiguresMatchWords('38O,000', 'สามแสนแปดหมื่นบาทถ้วน')).toThrow(refusal('money.malformed'));
  });
});
