import { Money } from '@kongthun/kernel';
import { MatchingRow } from '@kongthun/welfare-domain';

const baht = (money: Money) => money.toJSON();

type Lines = { claims: unknown[] } & Record<string, unknown>;

/** The statement as shown: its lines with the arrears of the day it is read. */
export const withArrears = <L extends Lines>({ claims, ...member }: L, arrears: { months: number; amount: Money }) => ({
  ...member,
  arrears: { months: arrears.months, amount: baht(arrears.amount) },
  claims,
});

/** The 3-party report as served: money as decimal strings. */
export const threePartyReportOf = (fiscalYear: number, view: { memberContributions: Money; rows: MatchingRow[] }) => ({
  fiscalYear,
  memberContributions: baht(view.memberContributions),
  rows: view.rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Money ? baht(value) : value])),
  ),
});
