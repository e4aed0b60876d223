import { CommandMetadata } from './fund.commands';
import { RegisteredFund } from './fund.state';
import { refuse } from './refusals';

/**
 * The committee chair (ประธานกรรมการ), or an administrator, for what the chair alone may order.
 * The refusal code starts with `auth.` so the edge answers 403, not 422.
 */
export const requireChair = (fund: RegisteredFund, metadata: CommandMetadata, what: string, whatTh: string): void => {
  const { actor } = metadata;
  if (actor.role === 'admin' || fund.committee.get(actor.userId)?.role === 'chair') return;
  throw refuse(
    'auth.chair-required',
    `Only the committee chair or an administrator may ${what}`,
    `เฉพาะประธานกรรมการหรือผู้ดูแลระบบเท่านั้นที่${whatTh}ได้`,
    { userId: actor.userId },
  );
};
