import { AuthenticatedActor } from './actor';
import { assertRegistrarCovers } from './registrar';

const codeOf = (work: () => void): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};
const officer = (scope: AuthenticatedActor['scope']): AuthenticatedActor => ({ userId: 'noi', role: 'grants-officer', scope });

describe('who may register something in an area', () => {
  it('an administrator may, anywhere', () => {
    expect(codeOf(() => assertRegistrarCovers({ userId: 'root', role: 'admin', scope: {} }, '190101', [], 'a fund'))).toBeUndefined();
  });

  it('an officer of the right role may, inside their areas only', () => {
    expect(codeOf(() => assertRegistrarCovers(officer({ areas: ['19'] }), '190101', ['grants-officer'], 'a programme'))).toBeUndefined();
    expect(codeOf(() => assertRegistrarCovers(officer({ areas: ['8301'] }), '190101', ['grants-officer'], 'a programme'))).toBe(
      'auth.out-of-scope',
    );
  });

  it('a fund or programme in the scope covers no area, and other roles may not at all', () => {
    expect(
      codeOf(() => assertRegistrarCovers(officer({ funds: ['x'], programmes: ['p'] }), '190101', ['grants-officer'], 'a programme')),
    ).toBe('auth.out-of-scope');
    expect(
      codeOf(() => assertRegistrarCovers({ userId: 'somchai', role: 'committee', scope: { areas: ['83'] } }, '830101', [], 'a fund')),
    ).toBe('auth.forbidden');
  });
});
