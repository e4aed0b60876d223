import { fundRegistered, FUND_ID, memberEnrolled, contributionRecorded } from '@kongthun/welfare-domain/testing';
import { FundProjection } from './fund-projection';
import { MeasuredReadModels, WrittenDocument } from './testing/measured-read-models';

const monthOf = (index: number): string => {
  const month = 2023 * 12 + index;
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
};

/**
 * A fund of `members` members who each paid `months` months, one stream per member (as the write
 * side cuts it, or the one fund stream: the views do not mind), then the writes of one more
 * contribution.
 */
const writesOfOneMoreContribution = async (members: number, months: number): Promise<WrittenDocument[]> => {
  const readModels = new MeasuredReadModels();
  const projection = new FundProjection(readModels);
  let position = 0;
  const recordedAt = () => new Date(Date.UTC(2023, 0, 1) + position++ * 1_000).toISOString();
  const registered = fundRegistered();
  await projection.project({ streamId: `welfare-governance-${FUND_ID}`, streamRevision: 0n, recordedAt: recordedAt(), ...registered });
  const revisions = new Map<string, bigint>();
  const project = async (memberId: string, event: { type: string; data: object }) => {
    const revision = revisions.get(memberId) ?? 0n;
    revisions.set(memberId, revision + 1n);
    const streamId = `welfare-member-${FUND_ID}-${memberId}`;
    const data = event.data as Record<string, unknown>;
    expect(await projection.project({ streamId, streamRevision: revision, type: event.type, data, recordedAt: recordedAt() })).toBe(
      'applied',
    );
  };
  const ids = [...Array(members).keys()].map((i) => `m-${String(i).padStart(5, '0')}`);
  for (const memberId of ids) await project(memberId, memberEnrolled(memberId, '2023-01-01'));
  for (let month = 0; month < months; month++)
    for (const memberId of ids) await project(memberId, contributionRecorded(memberId, monthOf(month), 1, `${monthOf(month)}-05`));
  await project(ids[0], contributionRecorded(ids[0], monthOf(months), 1, `${monthOf(months)}-05`));
  return readModels.lastWrites;
};

describe('what the views write for one event, as a fund ages', () => {
  it('writes the same few small documents for a contribution after 1 month of 5 members as after 3 years of 50', async () => {
    const young = await writesOfOneMoreContribution(5, 1);
    const old = await writesOfOneMoreContribution(50, 36);
    // The overview, the fund list line, the member's statement and list line, the year's 3-party money.
    expect(old.map((write) => write.collection).sort()).toEqual(young.map((write) => write.collection).sort());
    expect(old).toHaveLength(5);
    const bytes = (writes: WrittenDocument[]) => writes.reduce((sum, write) => sum + write.bytes, 0);
    // Only the digits of growing totals (a count of contributions, balances) grow: a few bytes, not a fund's history.
    expect(bytes(old) - bytes(young)).toBeLessThan(64);
    for (const write of old) expect(write.bytes).toBeLessThan(2_048);
  });
});
