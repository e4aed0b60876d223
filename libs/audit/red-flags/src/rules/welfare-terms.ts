import { MoneyMessageOf } from '@kongthun/money-contract';
import { WelfareUnitTerms, welfareUnitTermsV1 } from '@kongthun/welfare-contracts';
import { RedFlagState, UnitDeclaration } from '../state/red-flag-state';
import { declarationOn, unitOf } from '../state/unit-declarations';

/** The programme whose published terms these checks read. */
export const WELFARE_PROGRAMME = 'welfare';

export interface WelfareClaimTerms {
  declaration: UnitDeclaration;
  capYear: WelfareUnitTerms['capYear'];
  benefit: WelfareUnitTerms['benefits'][number];
  eventDate: string;
}

/**
 * The welfare terms a commitment was decided under: those of the rule version in force on its
 * event date, read with welfare's published schema. Null where the commitment is not welfare's,
 * has no event date, or its unit published no readable terms for that benefit (nothing to judge by).
 */
export const welfareTermsOf = (state: RedFlagState, message: MoneyMessageOf<'money.commitment.made'>): WelfareClaimTerms | null => {
  const eventDate = message.data.covers.eventDate;
  if (message.programme !== WELFARE_PROGRAMME || eventDate === null) return null;
  const declaration = declarationOn(unitOf(state, message.programme, message.unitId), eventDate);
  if (declaration === undefined) return null;
  const terms = welfareUnitTermsV1.safeParse(declaration.terms);
  if (!terms.success) return null;
  const benefit = terms.data.benefits.find((candidate) => candidate.benefit === message.data.purpose);
  return benefit === undefined ? null : { declaration, capYear: terms.data.capYear, benefit, eventDate };
};
