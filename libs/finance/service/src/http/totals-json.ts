import { FinanceTotals, TotalsGroup } from '@kongthun/finance-model';
import { Money } from '@kongthun/kernel';
import { DisbursementDetail } from '../store/disbursement-details';

const baht = (satang: bigint) => Money.ofSatang(satang).toDecimalString();

/** Money as the API carries it: baht as a decimal string with two decimals, never a float. */
export const totalsJson = (totals: FinanceTotals) => ({
  moneyIn: baht(totals.moneyIn),
  moneyInBySource: Object.fromEntries(Object.entries(totals.moneyInBySource).map(([source, satang]) => [source, baht(satang)])),
  committed: baht(totals.committed),
  disbursed: baht(totals.disbursed),
  reversed: baht(totals.reversed),
  refunded: baht(totals.refunded),
  netMoneyIn: baht(totals.netMoneyIn),
  netCommitted: baht(totals.netCommitted),
  netDisbursed: baht(totals.netDisbursed),
});

export const groupJson = (group: TotalsGroup) => ({ key: group.key, totals: totalsJson(group.totals) });

export const detailJson = (row: DisbursementDetail) => {
  const { amountSatang, seq: _seq, ...rest } = row;
  return { ...rest, amount: baht(amountSatang) };
};
