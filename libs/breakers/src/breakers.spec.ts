import { DomainError } from '@kongthun/kernel';
import { Breakers } from './breakers';

const failing = () => Promise.reject(new Error('connect ECONNREFUSED'));

describe('Breakers', () => {
  const breakers = new Breakers({ volumeThreshold: 2, resetTimeoutMs: 60_000 });
  afterAll(() => breakers.shutdown());

  it('opens a breaker after failures, then refuses at once with dependency.unavailable without calling', async () => {
    await expect(breakers.run('db.a', failing)).rejects.toThrow('ECONNREFUSED');
    await expect(breakers.run('db.a', failing)).rejects.toThrow('ECONNREFUSED');
    let called = false;
    const refused = breakers.run('db.a', async () => {
      called = true;
      return 1;
    });
    await expect(refused).rejects.toMatchObject({ code: 'dependency.unavailable', details: { breaker: 'db.a' } });
    expect(called).toBe(false);
    expect(breakers.statuses()).toContainEqual({ name: 'db.a', state: 'open', failures: 2, successes: 0 });
  });

  it('does not count a refusal (a domain error) as a failure of the dependency', async () => {
    const refusal = () => Promise.reject(new DomainError('fund.not-found', 'No fund'));
    for (const _ of [1, 2, 3]) await expect(breakers.run('db.b', refusal)).rejects.toMatchObject({ code: 'fund.not-found' });
    expect(await breakers.run('db.b', async () => 'read')).toBe('read');
    // opossum counts a refusal as a success: the dependency answered, with a "no".
    expect(breakers.statuses().find((status) => status.name === 'db.b')).toMatchObject({ state: 'closed', failures: 0, successes: 4 });
  });

  it('keeps one breaker per name, so a guarded function shares it with direct runs', async () => {
    const read = breakers.guard('db.c', async (id: string) => `doc ${id}`);
    expect(await read('1')).toBe('doc 1');
    expect(await breakers.run('db.c', async () => 2)).toBe(2);
    expect(breakers.statuses().filter((status) => status.name === 'db.c')).toEqual([
      { name: 'db.c', state: 'closed', failures: 0, successes: 2 },
    ]);
  });
});
