import { BudgetEvent } from '@kongthun/grants-domain';
import { allocated, budgetOpened, reserved } from '@kongthun/grants-domain/testing';
import { reportingOrgOf } from './iati-funders';
import { fiscalYearDays, programmeActivityOf } from './programme-activity';

const programme = { programmeId: 'codi-saraburi', name: 'สนับสนุนขบวนองค์กรชุมชนจังหวัดสระบุรี', funder: 'พอช.', areaCodes: ['19'] };
const increase: BudgetEvent = {
  type: 'grants.budget.allocated',
  data: {
    programmeId: 'codi-saraburi',
    fiscalYear: 2566,
    allocationId: 'al-2',
    kind: 'increase',
    amount: '250000.50',
    amountWords: 'สองแสนห้าหมื่นบาทห้าสิบสตางค์',
    documentRef: 'พอช. 0456/2566',
    receivedOn: '2023-03-01',
  },
};
const context = (asOf = '2023-05-01') => ({ reportingOrg: reportingOrgOf('พอช.'), childIdentifiers: ['child-a', 'child-b'], asOf });
const parentOf = (events: BudgetEvent[], asOf?: string) => programmeActivityOf(programme, 2566, events, context(asOf));

describe('a programme fiscal year', () => {
  it('spans 1 October to 30 September in the Gregorian calendar: FY 2566 BE is 2022-10-01 to 2023-09-30', () => {
    expect(fiscalYearDays(2566)).toEqual({ first: '2022-10-01', last: '2023-09-30' });
  });

  it('records each allocation and increase as incoming funds (1) from the funder, on the day received', () => {
    const parent = parentOf([budgetOpened(), allocated(), reserved('sb-001', '1000000.00'), increase]);
    expect(parent.transactions.map((t) => [t.ref, t.type, t.date, t.value.toJSON(), t.provider?.ref])).toEqual([
      ['al-1', '1', '2022-11-01', '6749210.00', 'XX-KONGTHUN-CODI'],
      ['al-2', '1', '2023-03-01', '250000.50', 'XX-KONGTHUN-CODI'],
    ]);
  });

  it('carries no commitment of its own: the awards are its children’s, so nothing is counted twice', () => {
    const parent = parentOf([budgetOpened(), allocated(), reserved('sb-001', '1000000.00')]);
    expect(parent.transactions.every((t) => t.type === '1')).toBe(true);
  });

  it('budgets the sum allocated over the fiscal year, and names its children', () => {
    const parent = parentOf([budgetOpened(), allocated(), increase]);
    expect(parent.budgets.map((b) => [b.periodStart, b.periodEnd, b.value.toJSON()])).toEqual([['2022-10-01', '2023-09-30', '6999210.50']]);
    expect(parent.identifier).toBe('XX-KONGTHUN-CODI-codi-saraburi-2566');
    expect(parent.hierarchy).toBe(1);
    expect(parent.relatedActivities).toEqual([
      { type: '2', ref: 'child-a' },
      { type: '2', ref: 'child-b' },
    ]);
  });

  it('is in implementation (2) during its year and in finalisation (3) once the year has ended', () => {
    expect(parentOf([budgetOpened()], '2023-09-30').status).toBe('2');
    expect(parentOf([budgetOpened()], '2023-10-01').status).toBe('3');
  });

  it('names itself in Thai and in English, with the BE year and its Gregorian days', () => {
    expect(parentOf([budgetOpened()]).title).toEqual([
      { lang: 'th', text: 'สนับสนุนขบวนองค์กรชุมชนจังหวัดสระบุรี ปีงบประมาณ 2566' },
      { lang: 'en', text: 'Grants programme codi-saraburi, Thai fiscal year 2566 BE (2022-10-01 to 2023-09-30)' },
    ]);
  });
});

describe('the reporting organisation', () => {
  it('is found by the funder name the programme was registered with, in full or abbreviated', () => {
    expect(reportingOrgOf('สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)').ref).toBe('XX-KONGTHUN-CODI');
    expect(reportingOrgOf('สสส.').ref).toBe('XX-KONGTHUN-THAIHEALTH');
  });

  it('is refused for a funder with no identifier we know: an IATI file needs one', () => {
    expect(() => reportingOrgOf('x')).toThrow(expect.objectContaining({ code: 'iati.funder-unidentified' }));
  });
});
