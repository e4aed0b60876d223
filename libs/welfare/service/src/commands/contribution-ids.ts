import { DomainError } from '@kongthun/kernel';
import { ContributionIdRecorded, FundEvent, moneyIdStreamId } from '@kongthun/welfare-domain';
import { FundStreams, LoadedStream, StreamWrite } from './fund-streams';

/** The contribution-id index of `contributionId` as read, and what it says. */
export interface ContributionId {
  index: LoadedStream;
  /** The entry taking the id, if any: which member and year hold the contribution. */
  entry: ContributionIdRecorded['data'] | null;
}

export const contributionIdStreamId = (fundId: string, contributionId: string): string =>
  moneyIdStreamId(fundId, 'contribution', contributionId);

export const readContributionId = async (streams: FundStreams, fundId: string, contributionId: string): Promise<ContributionId> => {
  const index = await streams.read(contributionIdStreamId(fundId, contributionId));
  const [first] = index.events;
  return { index, entry: first?.type === 'welfare.member.contribution-id-recorded' ? first.data : null };
};

const duplicate = (contributionId: string) =>
  new DomainError('contribution.duplicate', `Contribution ${contributionId} is already recorded`, {
    messageTh: 'บันทึกเงินสัจจะรายการนี้แล้ว',
    details: { contributionId },
  });

/**
 * A new contribution's id (README, "Uniqueness of ids"): refused when the index names it, however
 * old, before anything is written. The entry is appended `no-stream` *before* the member's year (one
 * round trip more, no transaction): two contributions racing for one id conflict on the index and
 * the retry is refused. An entry for this member and year whose contribution never reached the
 * member's year was left by an attempt that lost a race there: the id is still this member's to use.
 */
export const takeContributionId = (
  id: ContributionId,
  taking: { fundId: string; contributionId: string; memberId: string; fiscalYear: number },
  recordedInYear: boolean,
): ((events: FundEvent[]) => StreamWrite[]) => {
  const { entry } = id;
  const reserved = entry !== null && entry.memberId === taking.memberId && entry.fiscalYear === taking.fiscalYear && !recordedInYear;
  if (entry !== null && !reserved) throw duplicate(taking.contributionId);
  return (events) =>
    reserved || !events.some((event) => event.type === 'welfare.contribution.recorded')
      ? []
      : [{ stream: id.index, events: [{ type: 'welfare.member.contribution-id-recorded', data: taking }] }];
};
