import { ChangeStep, InMemoryReadModelStore, StepOutcome } from '@kongthun/read-models';
import { evolve, FundEvent, FundState, initialState, RegisteredFund } from '@kongthun/welfare-domain';
import { contributionRecorded, FUND_ID, fundRegistered, memberEnrolled } from '@kongthun/welfare-domain/testing';
import { claimsQueue, fundOverview, FundProjection, memberStatementLines } from '@kongthun/welfare-service';
import { envNumber } from '../env-number';
import { hostFacts } from '../host-facts';
import { wholeStateBytes } from './whole-state-document';

/** The in-memory store, adding up the JSON bytes of every document a step writes. */
class MeasuredStore extends InMemoryReadModelStore {
  bytes = 0;
  documents = 0;

  override async change(step: ChangeStep): Promise<StepOutcome> {
    const changes = step.changes.map((change) => ({
      ...change,
      evolve: (body: object | undefined) => {
        const next = change.evolve(body);
        if (next !== undefined) {
          this.documents += 1;
          this.bytes += next === null ? 0 : JSON.stringify(next).length;
        }
        return next;
      },
    }));
    return super.change({ ...step, changes });
  }
}

const MEMBERS = envNumber('BENCH_MEMBERS', 2_000);
/** How many of the month's contributions are measured at each point. */
const SAMPLE = envNumber('BENCH_SAMPLE', 100);
const POINTS = [1, 12, 36];

const monthOf = (index: number): string => {
  const month = 2023 * 12 + index;
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
};

const size = (value: unknown): number => JSON.stringify(value).length;

/** What the old projection wrote for a contribution: the whole state, overview, queue, 3-party years and the member's statement. */
const oldWrite = (fund: RegisteredFund, memberId: string): number =>
  wholeStateBytes(fund) +
  size(fundOverview(fund)) +
  size(claimsQueue(fund)) +
  size([...fund.ledger.contributionsByFiscalYear]) +
  size(memberStatementLines(fund, memberId));

const main = async () => {
  console.log(JSON.stringify({ bench: 'welfare-views', members: MEMBERS, sample: SAMPLE, host: hostFacts() }));
  const store = new MeasuredStore();
  const projection = new FundProjection(store);
  let state: FundState = initialState();
  const revisions = new Map<string, bigint>();
  const project = async (streamId: string, event: FundEvent) => {
    const revision = revisions.get(streamId) ?? 0n;
    revisions.set(streamId, revision + 1n);
    state = evolve(state, event);
    await projection.project({ streamId, streamRevision: revision, type: event.type, data: event.data as Record<string, unknown> });
  };
  // One stream per member, as the write side cuts the fund; the views key on the data either way.
  await project(`welfare-governance-${FUND_ID}`, fundRegistered());
  const ids = [...Array(MEMBERS).keys()].map((i) => `m-${String(i).padStart(5, '0')}`);
  for (const memberId of ids) await project(`welfare-member-${memberId}`, memberEnrolled(memberId, '2023-01-01'));
  const rows = [];
  for (let month = 0; month < Math.max(...POINTS); month++) {
    const measured = POINTS.includes(month + 1);
    let oldBytes = 0;
    for (const [i, memberId] of ids.entries()) {
      const sampled = measured && i >= ids.length - SAMPLE;
      if (sampled && i === ids.length - SAMPLE) [store.bytes, store.documents] = [0, 0];
      await project(`welfare-member-${memberId}`, contributionRecorded(memberId, monthOf(month), 1, `${monthOf(month)}-05`));
      if (sampled) oldBytes += oldWrite(state as RegisteredFund, memberId);
    }
    if (!measured) continue;
    const events = Math.min(SAMPLE, ids.length);
    const row = {
      afterMonths: month + 1,
      eventsInFund: 1 + MEMBERS * (month + 2),
      viewsBytesPerEvent: Math.round(store.bytes / events),
      viewsDocumentsPerEvent: store.documents / events,
      wholeStateBytesPerEvent: Math.round(oldBytes / events),
    };
    rows.push(row);
    console.log(JSON.stringify({ ...row, oldOverNew: Number((row.wholeStateBytesPerEvent / row.viewsBytesPerEvent).toFixed(1)) }));
  }
  const [first, last] = [rows[0], rows[rows.length - 1]];
  console.log(
    JSON.stringify({
      viewsGrowth: Number((last.viewsBytesPerEvent / first.viewsBytesPerEvent).toFixed(3)),
      wholeStateGrowth: Number((last.wholeStateBytesPerEvent / first.wholeStateBytesPerEvent).toFixed(1)),
    }),
  );
};

void main();
