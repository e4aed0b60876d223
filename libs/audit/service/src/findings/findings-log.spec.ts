import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { Finding, findingIdOf } from './finding';
import { FindingsLog } from './findings-log';

const finding = (rule: string, evidence: string[]): Finding => ({
  findingId: findingIdOf(rule, evidence),
  rule,
  severity: 'high',
  summary: 'Paid twice',
  summaryTh: 'จ่ายซ้ำ',
  streamId: 'welfare.fund-a',
  evidenceEventIds: evidence,
  details: {},
});

describe('the findings log', () => {
  it('a finding id is a valid, stable UUID that changes with rule or evidence', () => {
    const id = findingIdOf('red-flag.duplicate-payment', ['e1', 'e2']);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(findingIdOf('red-flag.duplicate-payment', ['e1', 'e2'])).toBe(id);
    expect(findingIdOf('red-flag.duplicate-payment', ['e1', 'e3'])).not.toBe(id);
    expect(findingIdOf('red-flag.split-payout', ['e1', 'e2'])).not.toBe(id);
  });

  it('raising the same findings again records nothing new', async () => {
    const log = new FindingsLog(new InMemoryEventStore());
    const first = await log.raise([finding('a', ['e1']), finding('b', ['e2'])]);
    const again = await log.raise([finding('a', ['e1']), finding('b', ['e2']), finding('c', ['e3'])]);
    expect(first.map((raised) => raised.rule)).toEqual(['a', 'b']);
    expect(again.map((raised) => raised.rule)).toEqual(['c']);
    expect((await log.list()).map((raised) => raised.rule)).toEqual(['a', 'b', 'c']);
  });

  it('two scanners raising at once record each finding once', async () => {
    const log = new FindingsLog(new InMemoryEventStore());
    await Promise.all([log.raise([finding('a', ['e1'])]), log.raise([finding('a', ['e1']), finding('b', ['e2'])])]);
    expect((await log.list()).map((raised) => raised.rule).sort()).toEqual(['a', 'b']);
  });

  it('a raised finding is found by id with the time it was raised', async () => {
    const log = new FindingsLog(new InMemoryEventStore());
    const [raised] = await log.raise([finding('a', ['e1'])]);
    expect(await log.get(raised.findingId)).toMatchObject({ rule: 'a', raisedAt: expect.any(String), raisedByEventId: raised.findingId });
    expect(await log.get('missing')).toBeUndefined();
  });
});
