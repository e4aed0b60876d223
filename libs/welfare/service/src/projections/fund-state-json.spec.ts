import { fold } from '@kongthun/event-sourcing';
import { fundDecider, RegisteredFund } from '@kongthun/welfare-domain';
import { fundEventCodec } from '../commands/fund-event-codec';
import { fundStateFromJson, fundStateToJson } from './fund-state-json';
import { sampleFundHistory } from './testing/sample-fund-history';

describe("a fund's state as the projection keeps it between events", () => {
  it('comes back from its JSON document as the very state a replay gives', async () => {
    const fund = fold(
      fundDecider,
      (await sampleFundHistory()).map((event) => fundEventCodec.decode(event)),
    ) as RegisteredFund;
    const json = JSON.parse(JSON.stringify(fundStateToJson(fund)));
    const back = fundStateFromJson(json);
    expect(back).toEqual(fund);
    // Iteration order too (the claims queue and committee list follow it), not only the contents.
    expect([...back.claims.keys()]).toEqual([...fund.claims.keys()]);
    expect([...back.committee.keys()]).toEqual([...fund.committee.keys()]);
    expect(fundStateToJson(back)).toEqual(json);
  });
});
