import { keyOf, RedFlagState, UnitDeclaration, UnitRecord } from './red-flag-state';
import { tableGet } from './sharded-table';

export const unitKeyOf = (programme: string, unitId: string): string => keyOf(programme, unitId);

export const unitOf = (state: RedFlagState, programme: string, unitId: string): UnitRecord | undefined =>
  tableGet(state.units, unitKeyOf(programme, unitId));

/**
 * The rule version in force on `day`: the highest version already effective, else the earliest
 * declared (a payment before any effective version is judged by the first terms published).
 */
export const declarationOn = (unit: UnitRecord | undefined, day: string): UnitDeclaration | undefined => {
  if (unit === undefined || unit.declarations.length === 0) return undefined;
  const effective = unit.declarations.filter((declaration) => declaration.effectiveFrom <= day);
  return effective.length > 0 ? effective[effective.length - 1] : unit.declarations[0];
};

/** The newest declared version (caps and limits that apply to the unit as it stands). */
export const latestDeclaration = (unit: UnitRecord | undefined): UnitDeclaration | undefined =>
  unit === undefined ? undefined : unit.declarations[unit.declarations.length - 1];
