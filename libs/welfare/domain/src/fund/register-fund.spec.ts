import { Money } from '@kongthun/kernel';
import { RegisterFund } from './fund.commands';
import { COMMITTEE, FOUNDED_ON, FUND_ID, fundRegistered, given, meta, rulesV1, TREASURER } from '../testing/talat-yai-fund';

const registerFund = (change: Partial<RegisterFund['data']> = {}, now = '2022-10-01T03:00:00Z'): RegisterFund => ({
  type: 'RegisterFund',
  data: {
    fundId: FUND_ID,
    name: 'กองทุนสวัสดิการชุมชนตำบลตลาดใหญ่',
    areaCode: '830101',
    foundedOn: FOUNDED_ON,
    committee: COMMITTEE,
    rules: rulesV1(),
    ...change,
  },
  metadata: meta(now),
});

describe('an unregistered fund', () => {
  it('registers the Talat Yai fund with its committee and founding rules as version 1 from the founding day', () => {
    given([]).when(registerFund()).then([fundRegistered()]);
  });

  it('stores the rules with money as decimal strings and the 20 percent administration cap', () => {
    const [event] = given([]).when(registerFund()).events();
    expect(event.type === 'welfare.fund.registered' && event.data.rules).toMatchObject({
      version: 1,
      effectiveFrom: '2022-10-01',
      joiningFee: '10.00',
      adminCostCapPercent: 20,
      approval: { approvalsRequired: 2, largeClaimLimit: '5000.00', approvalsAboveLimit: 3 },
    });
  });

  it('accepts Thai numerals in the area code and stores Arabic digits', () => {
    given([])
      .when(registerFund({ areaCode: '๘๓๐๑๐๑' }))
      .thenMatches([{ type: 'welfare.fund.registered', data: { areaCode: '830101' } }]);
  });

  it('a fund must belong to a subdistrict, not a province or district', () => {
    given([])
      .when(registerFund({ areaCode: '83' }))
      .thenThrows('fund.area-not-subdistrict');
    given([])
      .when(registerFund({ areaCode: '8301' }))
      .thenThrows('fund.area-not-subdistrict');
  });

  it('a malformed area code is refused', () => {
    given([])
      .when(registerFund({ areaCode: '83010' }))
      .thenThrows('area.length');
  });

  it('a committee needs exactly one chair and at least one treasurer', () => {
    given([])
      .when(registerFund({ committee: COMMITTEE.filter((m) => m.role !== 'treasurer') }))
      .thenThrows('committee.incomplete');
    const twoChairs = COMMITTEE.map((m) => (m.userId === TREASURER ? { ...m, role: 'chair' as const } : m));
    given([])
      .when(registerFund({ committee: twoChairs }))
      .thenThrows('committee.incomplete', { chairs: 2 });
  });

  it('the same person cannot sit on the committee twice under two logins', () => {
    const again = { ...COMMITTEE[2], userId: 'u-prasert-2' };
    given([])
      .when(registerFund({ committee: [...COMMITTEE, again] }))
      .thenThrows('committee.duplicate-member');
  });

  it('a fund cannot be founded in the future', () => {
    given([])
      .when(registerFund({ foundedOn: '2022-10-02' }))
      .thenThrows('date.in-future');
  });

  it('rules that could never be applied are refused', () => {
    given([])
      .when(registerFund({ rules: { ...rulesV1(), joiningFee: Money.ofBaht(-10) } }))
      .thenThrows('rules.invalid', { field: 'joiningFee' });
  });

  it('nothing else can happen to a fund that is not registered', () => {
    given([])
      .when({ type: 'ApplyLapses', data: {}, metadata: meta('2023-01-01T00:00:00Z') })
      .thenThrows('fund.not-registered');
    given([])
      .when({ type: 'ApproveClaim', data: { claimId: 'cl-1' }, metadata: meta('2023-01-01T00:00:00Z') })
      .thenThrows('fund.not-registered');
  });
});

describe('a registered fund', () => {
  it('cannot be registered again', () => {
    given([fundRegistered()]).when(registerFund()).thenThrows('fund.already-registered');
  });
});
