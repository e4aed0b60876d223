import { Money } from '@kongthun/kernel';
import { ProjectCommand, projectDecider, ProjectEvent } from '@kongthun/grants-domain';
import { awarded, firstTrancheAccounted, line, meta, OFFICER, released, reportSubmitted, reviewed } from '@kongthun/grants-domain/testing';
import { IatiActivity, IatiTransaction } from './iati-activity';
import { reportingOrgOf } from './iati-funders';
import { projectActivityOf } from './project-activity';

const context = { parentIdentifier: 'XX-KONGTHUN-CODI-codi-saraburi-2566', reportingOrg: reportingOrgOf('พอช.') };
const activityOf = (events: ProjectEvent[]) => projectActivityOf(events, context) as IatiActivity;
const moneyOf = (activity: IatiActivity) =>
  activity.transactions.map((t: IatiTransaction) => ({ ref: t.ref, type: t.type, date: t.date, value: t.value.toJSON() }));

/** Later events as the project decider itself decides them, so `returned` and the like are the domain's own figures. */
const after = (history: ProjectEvent[], command: ProjectCommand): ProjectEvent[] => {
  const state = history.reduce(projectDecider.evolve, projectDecider.initialState());
  return [...history, ...projectDecider.decide(command, state)];
};
const amend = (kind: 'reduce' | 'cancel', newAmount: string | null): ProjectCommand => ({
  type: 'AmendAgreement',
  data: {
    amendmentId: `am-${kind}`,
    kind,
    newAmount: newAmount === null ? null : Money.parse(newAmount),
    newEndDate: null,
    reason: 'ลดขอบเขตงาน',
    documentRef: 'บันทึกแก้ไข 1',
  },
  metadata: meta(OFFICER, '2023-06-01T03:00:00Z'),
});
const refund = (amount: string): ProjectCommand => ({
  type: 'RecordRefund',
  data: { refundId: 'rf-1', amount: Money.parse(amount), receivedOn: '2023-10-05', documentRef: 'ใบเสร็จคืนเงิน 7' },
  metadata: meta(OFFICER, '2023-10-05T03:00:00Z'),
});
const close: ProjectCommand = { type: 'CloseProject', data: {}, metadata: meta(OFFICER, '2023-10-10T03:00:00Z') };

describe('a project before its award', () => {
  it('is not published: a proposal under review is not a grant', () => {
    expect(projectActivityOf(reviewed(), context)).toBeNull();
  });
});

describe('an awarded project', () => {
  it('is a child activity of its programme year, funded by the funder and implemented by the organisation', () => {
    const activity = activityOf(awarded());
    expect(activity.identifier).toBe('XX-KONGTHUN-CODI-codi-saraburi-2566-sb-001');
    expect(activity.hierarchy).toBe(2);
    expect(activity.fiscalYearBe).toBe(2566);
    expect(activity.relatedActivities).toEqual([{ type: '1', ref: context.parentIdentifier }]);
    expect(activity.participatingOrgs.map((org) => [org.role, org.ref, org.names[0].text])).toEqual([
      ['1', 'XX-KONGTHUN-CODI', 'สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)'],
      ['4', undefined, 'สภาองค์กรชุมชนตำบลหนองแค'],
    ]);
    expect(activity.title).toEqual([{ lang: 'th', text: 'ซ่อมแซมที่อยู่อาศัยผู้มีรายได้น้อย' }]);
    expect(activity.status).toBe('2');
  });

  it('records the award as an outgoing commitment (2) of its amount, on the day it was decided', () => {
    expect(moneyOf(activityOf(awarded()))).toEqual([{ ref: 'aw-sb-001', type: '2', date: '2023-01-10', value: '1000000.00' }]);
  });

  it('has the award as its original committed budget, from the award to the agreement end', () => {
    const [budget] = activityOf(awarded()).budgets;
    expect({ ...budget, value: budget.value.toJSON() }).toEqual({
      type: '1',
      periodStart: '2023-01-10',
      periodEnd: '2023-09-30',
      value: '1000000.00',
      valueDate: '2023-01-10',
    });
  });
});

describe('a project with money flowing', () => {
  it('records each tranche paid as a disbursement (3) to the organisation, directly to its account', () => {
    const activity = activityOf([...awarded(), released(1, '400000.00')]);
    const disbursement = activity.transactions[1];
    expect(moneyOf(activity)[1]).toEqual({ ref: 'aw-sb-001-t1', type: '3', date: '2023-02-01', value: '400000.00' });
    expect(disbursement.receiver?.names).toEqual([{ lang: 'th', text: 'สภาองค์กรชุมชนตำบลหนองแค' }]);
    expect(disbursement.disbursementChannel).toBe('2');
  });

  it('records an accepted expense report as expenditure (4) of its total; progress reports carry no money', () => {
    expect(moneyOf(activityOf(firstTrancheAccounted())).map((t) => [t.ref, t.type, t.value])).toEqual([
      ['aw-sb-001', '2', '1000000.00'],
      ['aw-sb-001-t1', '3', '400000.00'],
      ['r-1e', '4', '390000.00'],
    ]);
  });

  it('does not count an expense report that was only submitted', () => {
    const events = [...awarded(), released(1, '400000.00'), reportSubmitted('r-1e', 1, 'expense', [line('aa01', '390000.00')])];
    expect(moneyOf(activityOf(events)).map((t) => t.type)).toEqual(['2', '3']);
  });

  it('records a refund as a negative disbursement (3) on the day the money came back', () => {
    expect(moneyOf(activityOf(after(firstTrancheAccounted(), refund('10,000')))).at(-1)).toEqual({
      ref: 'rf-1',
      type: '3',
      date: '2023-10-05',
      value: '-10000.00',
    });
  });

  it('keeps satang exact: a 0.10 and a 0.20 baht amount stay 0.10 and 0.20, with no float drift', () => {
    const activity = activityOf([...awarded('0.30'), released(1, '0.10'), released(2, '0.20')]);
    const paid = Money.sum(activity.transactions.filter((t) => t.type === '3').map((t) => t.value));
    expect(paid.toJSON()).toBe('0.30');
  });
});

describe('an amended project', () => {
  it('records a reduction as a negative commitment (2) of what it returned, with a revised budget', () => {
    const activity = activityOf(after(awarded(), amend('reduce', '800,000')));
    expect(moneyOf(activity).at(-1)).toEqual({ ref: 'am-reduce', type: '2', date: '2023-06-01', value: '-200000.00' });
    expect(activity.budgets.map((b) => [b.type, b.periodEnd, b.value.toJSON()])).toEqual([
      ['1', '2023-09-30', '1000000.00'],
      ['2', '2023-09-30', '800000.00'],
    ]);
  });

  it('is cancelled (5) when the agreement is cancelled, its commitment cut to nothing', () => {
    const activity = activityOf(after(awarded(), amend('cancel', null)));
    expect(activity.status).toBe('5');
    expect(Money.sum(activity.transactions.filter((t) => t.type === '2').map((t) => t.value)).toJSON()).toBe('0.00');
  });
});

describe('a closed project', () => {
  it('is closed (4) with its actual end, the unused commitment cut by what went back to the budget', () => {
    const activity = activityOf(after(after(firstTrancheAccounted(), refund('10,000')), close));
    expect(activity.status).toBe('4');
    expect(activity.dates).toContainEqual({ type: '4', isoDate: '2023-10-10' });
    expect(moneyOf(activity).at(-1)).toEqual({ ref: 'aw-sb-001-close', type: '2', date: '2023-10-10', value: '-600000.00' });
    const net = (type: string) => Money.sum(activity.transactions.filter((t) => t.type === type).map((t) => t.value)).toJSON();
    // What stays committed is what was paid, as the budget account counts it; the refund lowers what was disbursed.
    expect([net('2'), net('3'), net('4')]).toEqual(['400000.00', '390000.00', '390000.00']);
  });
});
