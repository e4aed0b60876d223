import { z } from 'zod/v4';
import { RefusalException } from '../errors/refusal-exception';
import { fieldsWithControlCharacters } from './control-characters';
import { ZodBody } from './zod-body.pipe';

const refusalOf = (pipe: ZodBody<z.ZodType>, value: unknown): { status: number; body: Record<string, unknown> } => {
  try {
    pipe.transform(value);
  } catch (error) {
    if (error instanceof RefusalException) return { status: error.getStatus(), body: error.getResponse() as Record<string, unknown> };
    throw error;
  }
  throw new Error('accepted');
};

const pipe = new ZodBody(
  z.strictObject({
    memberId: z.string(),
    beneficiary: z.strictObject({ name: z.string() }),
    amount: z.string().transform((text, context) => {
      if (text.length > 5) context.addIssue({ code: 'custom', message: 'too much', params: { refusal: 'money.above-limit' } });
      return text;
    }),
  }),
);

describe('request bodies', () => {
  it('an unknown field, top-level or nested, is refused with 400 request.unknown-fields naming it', () => {
    const refusal = refusalOf(pipe, { memberId: 'm-1', beneficiary: { name: 'ก', nickname: 'x' }, amount: '1.00', amountWords: 'หนึ่งบาท' });
    expect(refusal.status).toBe(400);
    expect(refusal.body.code).toBe('request.unknown-fields');
    expect((refusal.body.details as { unknownFields: string[] }).unknownFields.sort()).toEqual(['amountWords', 'beneficiary.nickname']);
    expect(refusal.body.messageTh).toContain('amountWords');
  });

  it('a field may name its own refusal code, e.g. money.above-limit', () => {
    expect(refusalOf(pipe, { memberId: 'm-1', beneficiary: { name: 'ก' }, amount: '123456.00' }).body.code).toBe('money.above-limit');
  });

  it('a control character anywhere is refused before the schema runs, naming the fields', () => {
    const refusal = refusalOf(pipe, { memberId: 'm-1', beneficiary: { name: 'สม\u0000ชาย' }, amount: '1.00', extra: ['ok', 'tab\there'] });
    expect(refusal).toMatchObject({
      status: 400,
      body: { code: 'request.control-character', details: { fields: ['beneficiary.name', 'extra[1]'] } },
    });
  });

  it('a valid body passes through converted', () => {
    expect(pipe.transform({ memberId: 'm-1', beneficiary: { name: 'นายบุญมี' }, amount: '1.00' })).toEqual({
      memberId: 'm-1',
      beneficiary: { name: 'นายบุญมี' },
      amount: '1.00',
    });
  });
});

describe('control characters', () => {
  it('finds C0, DEL and C1 in values and keys; Thai, emoji and plain spaces are fine', () => {
    expect(fieldsWithControlCharacters({ a: 'ก ข 🙂', b: 'x\u007f', c: { 'k\u0085': 1 }, d: [1, null, '\u001b'] })).toEqual([
      'b',
      '"c.k\u0085"',
      'd[2]',
    ]);
    expect(fieldsWithControlCharacters('\u0000')).toEqual(['(body)']);
  });

  it('lets line breaks through: notes, reasons and PEM keys have several lines', () => {
    expect(
      fieldsWithControlCharacters({ note: 'บรรทัดหนึ่ง\r\nบรรทัดสอง', key: '-----BEGIN PUBLIC KEY-----\nMCow\n-----END PUBLIC KEY-----\n' }),
    ).toEqual([]);
    expect(fieldsWithControlCharacters({ note: 'tab\there' })).toEqual(['note']);
  });
});
