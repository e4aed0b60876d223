import { DomainError, isDomainError } from './domain-error';

describe('DomainError', () => {
  it('carries a stable code, an English message, a Thai message and details', () => {
    const error = new DomainError('claim.not-submitted', 'Claim is not awaiting approval', {
      messageTh: 'คำขอยังไม่ได้ยื่น',
      details: { claimId: 'c-1' },
    });

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('claim.not-submitted');
    expect(error.message).toBe('Claim is not awaiting approval');
    expect(error.messageTh).toBe('คำขอยังไม่ได้ยื่น');
    expect(error.details).toEqual({ claimId: 'c-1' });
  });

  it.each(['Claim not found', 'claim', 'Claim.NotFound', 'claim..x', '.claim', 'claim.'])(
    'a code that is not dotted lower-case ("%s") is a programming error',
    (code) => {
      expect(() => new DomainError(code, 'message')).toThrow(TypeError);
    },
  );

  it('keeps its own copy of the details, so later changes by the caller do not alter it', () => {
    const details = { amount: '1.00' };
    const error = new DomainError('money.negative', 'Amount must not be negative', { details });
    details.amount = '2.00';

    expect(error.details).toEqual({ amount: '1.00' });
    expect(Object.isFrozen(error.details)).toBe(true);
  });

  it('serialises to code and messages without the stack', () => {
    const error = new DomainError('area.unknown', 'No province has code 28', { messageTh: 'ไม่พบจังหวัด' });

    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'area.unknown',
      message: 'No province has code 28',
      messageTh: 'ไม่พบจังหวัด',
    });
  });

  it('keeps the cause it was given', () => {
    const cause = new Error('low level');
    expect(new DomainError('date.invalid', 'bad', { cause }).cause).toBe(cause);
  });
});

describe('isDomainError', () => {
  it('recognises a DomainError', () => {
    expect(isDomainError(new DomainError('money.malformed', 'bad'))).toBe(true);
  });

  it.each([
    ['a plain Error', new Error('money.malformed')],
    ['an object that only looks like one', { name: 'DomainError', code: 'money.malformed', message: 'x' }],
    ['a string', 'money.malformed'],
    ['undefined', undefined],
  ])('rejects %s', (_label, value) => {
    expect(isDomainError(value)).toBe(false);
  });

  it('recognises a DomainError built by a second copy of the module', () => {
    let Other: typeof DomainError | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      Other = (require('./domain-error') as typeof import('./domain-error')).DomainError;
    });
    const foreign = new (Other as typeof DomainError)('money.malformed', 'bad');

    expect(foreign).not.toBeInstanceOf(DomainError);
    expect(isDomainError(foreign)).toBe(true);
  });
});
