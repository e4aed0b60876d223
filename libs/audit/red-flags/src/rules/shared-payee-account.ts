import { FindingDraft } from '../finding';
import { accountAfter } from '../state/account-people';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * One account paid for many people (บัญชีเดียวรับเงินแทนหลายคน): payments to at least
 * `sharedAccount.minDistinctPeople` different citizen-ID hashes into one account hash, in any
 * unit or programme. Raised once per account, by the payment that reaches the threshold.
 */
const check = ({ before, message, config }: RuleContext): FindingDraft[] => {
  if (message.type !== 'money.disbursement.made') return [];
  const account = accountAfter(before, message, config);
  if (account === null || !account.reachedThreshold) return [];
  const { people } = account.record;
  const threshold = config.sharedAccount.minDistinctPeople;
  return [
    {
      rule: 'red-flag.shared-payee-account',
      severity: 'medium',
      areaCode: message.data.areaCode,
      summaryTh: `บัญชีรับเงินเดียวกันรับเงินแทน ${people.length} คน (เกณฑ์ ${threshold} คน)`,
      summary: `One payee account received payments for ${people.length} different people (threshold ${threshold})`,
      evidence: people.map((person) => person.evidence),
      details: {
        accountHash: account.accountHash,
        people: people.length,
        thresholdName: 'sharedAccount.minDistinctPeople',
        thresholdValue: threshold,
        moneyMessageIds: people.map((person) => person.evidence.messageId),
      },
    },
  ];
};

export const sharedPayeeAccount: RedFlagRule = { name: 'shared-payee-account', check };
