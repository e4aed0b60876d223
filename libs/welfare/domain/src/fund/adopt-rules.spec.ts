import { Money } from '@kongthun/kernel';
import { AdoptRules } from './fund.commands';
import { FUND_ID, fundRegistered, given, meta, rulesV1 } from '../testing/talat-yai-fund';

const adoptRules = (effectiveFrom: string, now: string, change: Partial<AdoptRules['data']> = {}): AdoptRules => ({
  type: 'AdoptRules',
  data: { rules: { ...rulesV1(), lapse: { missedMonths: 6 } }, effectiveFrom, resolutionRef: 'มติที่ประชุมใหญ่ 1/2566', ...change },
  metadata: meta(now),
});

describe('a registered fund changing its rules', () => {
  it('a rule change is a new version from a date', () => {
    given([fundRegistered()])
      .when(adoptRules('2023-10-01', '2023-09-15T02:00:00Z'))
      .thenMatches([
        {
          type: 'welfare.rules.adopted',
          data: {
            fundId: FUND_ID,
            resolutionRef: 'มติที่ประชุมใหญ่ 1/2566',
            rules: { version: 2, effectiveFrom: '2023-10-01', lapse: { missedMonths: 6 } },
          },
        },
      ]);
  });

  it('a change may take effect today', () => {
    given([fundRegistered()])
      .when(adoptRules('2023-09-15', '2023-09-15T02:00:00Z'))
      .thenMatches([{ type: 'welfare.rules.adopted' }]);
  });

  it('a change cannot take effect in the past', () => {
    given([fundRegistered()]).when(adoptRules('2023-09-14', '2023-09-15T02:00:00Z')).thenThrows('rules.retroactive');
  });

  it('a change must start after the latest version, so that versions never overlap', () => {
    const v2 = given([fundRegistered()]).when(adoptRules('2023-10-01', '2023-09-15T02:00:00Z')).events();
    given([fundRegistered(), ...v2])
      .when(adoptRules('2023-09-20', '2023-09-16T02:00:00Z'))
      .thenThrows('rules.not-after-latest');
    given([fundRegistered(), ...v2])
      .when(adoptRules('2023-10-02', '2023-09-16T02:00:00Z'))
      .thenMatches([{ type: 'welfare.rules.adopted', data: { rules: { version: 3 } } }]);
  });

  it('a change needs the meeting resolution that adopted it', () => {
    given([fundRegistered()])
      .when(adoptRules('2023-10-01', '2023-09-15T02:00:00Z', { resolutionRef: ' ' }))
      .thenThrows('rules.resolution-required');
  });

  it('an administration cap above 100 percent is refused', () => {
    const rules = { ...rulesV1(), adminCostCapPercent: 120, joiningFee: Money.ofBaht(20) };
    given([fundRegistered()])
      .when(adoptRules('2023-10-01', '2023-09-15T02:00:00Z', { rules }))
      .thenThrows('rules.invalid', { field: 'adminCostCapPercent' });
  });
});
