import { checkFiguresMatchWords, Money } from '@kongthun/kernel';
import { checkEligibility } from './claim-eligibility';
import { rulesInForceOn } from './fund-rules';
import { SubmitClaim } from './fund.commands';
import { ClaimSubmitted } from './fund.events';
import { FundState } from './fund.state';
import { requireFundDate } from './plausible-dates';
import { refuse, requireMember, requirePositive, requireRegistered } from './refusals';

/** Thai forms state money in figures and in words; a claim whose two disagree is refused, not guessed at. */
const amountOf = (figures: string, words: string): Money => {
  const check = checkFiguresMatchWords(figures, words);
  if (check.matches) return check.figures;
  if (check.reason === 'words-unreadable') {
    throw refuse('claim.amount-words-unreadable', 'The amount in words cannot be read', 'อ่านจำนวนเงินที่เขียนเป็นตัวอักษรไม่ได้', { figures });
  }
  throw refuse(
    'claim.amount-words-mismatch',
    `The amount in figures (${check.figures.format()}) differs from the words (${check.wordsAmount.format()})`,
    'จำนวนเงินตัวเลขไม่ตรงกับตัวอักษร',
    { figures: check.figures.toJSON(), words: check.wordsAmount.toJSON() },
  );
};

/**
 * A request for a benefit (ยื่นคำขอรับสวัสดิการ), decided under the rules in force on the event date:
 * the member's right arose then. The claim cites that version.
 */
export const submitClaim = (command: SubmitClaim, state: FundState): ClaimSubmitted[] => {
  const fund = requireRegistered(state);
  const { claimId, memberId, benefit, eventDate, hospitalNights, evidenceRefs, amountFigures, amountWords } = command.data;
  if (fund.claims.has(claimId)) throw refuse('claim.duplicate', `Claim ${claimId} exists`, 'มีคำขอนี้แล้ว', { claimId });
  const amount = requirePositive(amountOf(amountFigures, amountWords), 'claim.amount-not-positive');
  const evidence = evidenceRefs.map((ref) => ref.trim()).filter((ref) => ref !== '');
  if (evidence.length === 0)
    throw refuse('claim.evidence-required', 'A claim needs at least one piece of evidence', 'ต้องแนบหลักฐานประกอบคำขออย่างน้อย 1 รายการ');
  requireFundDate(eventDate, 'eventDate', fund, command.metadata);
  const member = requireMember(fund, memberId);
  const rules = rulesInForceOn(fund.rules, eventDate);
  checkEligibility(fund, member, rules, { benefit, eventDate, hospitalNights, amount });
  return [
    {
      type: 'welfare.claim.submitted',
      data: {
        fundId: fund.fundId,
        claimId,
        memberId,
        benefit,
        eventDate,
        hospitalNights,
        evidenceRefs: evidence,
        amount: amount.toJSON(),
        amountWords: amountWords.trim(),
        submittedBy: command.metadata.actor.userId,
        rulesVersion: rules.version,
      },
    },
  ];
};
