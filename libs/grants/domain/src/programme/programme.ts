import { AreaCode, Decider } from '@kongthun/kernel';
import { Command, DomainEvent, refuse } from '../command';
import { GrantRules, validateRules } from '../rules/grant-rules';

/** A funder's grant programme (แผนงานให้ทุน), e.g. CODI's support to Saraburi's community councils. */
export interface ProgrammeData {
  programmeId: string;
  name: string;
  /** The funder (ผู้ให้ทุน), e.g. สถาบันพัฒนาองค์กรชุมชน (พอช.). */
  funder: string;
  /** Where it may fund: official area codes (province, district or subdistrict). */
  areaCodes: string[];
  rules: GrantRules;
}

export type ProgrammeRegistered = DomainEvent<'grants.programme.registered', ProgrammeData>;
export type GrantRulesAdopted = DomainEvent<'grants.programme.rules-adopted', { programmeId: string; rules: GrantRules }>;
export type ProgrammeEvent = ProgrammeRegistered | GrantRulesAdopted;

export type RegisterProgramme = Command<'RegisterProgramme', ProgrammeData>;
export type AdoptGrantRules = Command<'AdoptGrantRules', { programmeId: string; rules: GrantRules }>;
export type ProgrammeCommand = RegisterProgramme | AdoptGrantRules;

/** The stream holds the registration and each rule version: a handful of events for the programme's life. */
export type ProgrammeState =
  { status: 'Unregistered' } | { status: 'Registered'; programme: Omit<ProgrammeData, 'rules'>; ruleVersions: GrantRules[] };

export const programmeStreamId = (programmeId: string): string => `grants-programme-${programmeId}`;

/** The version in force on a Bangkok day: the latest adopted whose `effectiveFrom` is not after it. */
export const rulesInForce = (state: ProgrammeState, day: string): GrantRules => {
  if (state.status !== 'Registered') throw refuse('programme.not-found', 'No such programme', 'ไม่พบแผนงาน');
  const inForce = state.ruleVersions.filter((rules) => rules.effectiveFrom <= day);
  if (inForce.length === 0)
    throw refuse('programme.no-rules-in-force', `No grant rules are in force on ${day}`, 'ยังไม่มีหลักเกณฑ์ที่มีผลในวันดังกล่าว', { day });
  return inForce[inForce.length - 1];
};

const decide = (command: ProgrammeCommand, state: ProgrammeState): ProgrammeEvent[] => {
  switch (command.type) {
    case 'RegisterProgramme': {
      if (state.status !== 'Unregistered')
        throw refuse('programme.already-registered', 'The programme is already registered', 'แผนงานนี้ลงทะเบียนแล้ว');
      if (command.data.areaCodes.length === 0)
        throw refuse('programme.area-required', 'A programme funds at least one area', 'ต้องระบุพื้นที่ของแผนงาน');
      command.data.areaCodes.forEach((code) => AreaCode.parse(code));
      if (command.data.rules.version !== 1)
        throw refuse('rules.version-out-of-order', 'A programme starts at rule version 1', 'หลักเกณฑ์ฉบับแรกต้องเป็นฉบับที่ 1');
      return [{ type: 'grants.programme.registered', data: { ...command.data, rules: validateRules(command.data.rules) } }];
    }
    case 'AdoptGrantRules': {
      if (state.status !== 'Registered') throw refuse('programme.not-found', 'No such programme', 'ไม่พบแผนงาน');
      const latest = state.ruleVersions[state.ruleVersions.length - 1];
      const { rules } = command.data;
      if (rules.version !== latest.version + 1 || rules.effectiveFrom < latest.effectiveFrom)
        throw refuse(
          'rules.version-out-of-order',
          `The next rule version is ${latest.version + 1}, effective no earlier than ${latest.effectiveFrom}`,
          'ลำดับฉบับหลักเกณฑ์ไม่ถูกต้อง',
          {
            expectedVersion: latest.version + 1,
          },
        );
      return [{ type: 'grants.programme.rules-adopted', data: { programmeId: command.data.programmeId, rules: validateRules(rules) } }];
    }
    default: {
      const unknown: never = command;
      throw new TypeError(`Unknown programme command ${(unknown as { type: string }).type}`);
    }
  }
};

const evolve = (state: ProgrammeState, event: ProgrammeEvent): ProgrammeState => {
  switch (event.type) {
    case 'grants.programme.registered': {
      const { rules, ...programme } = event.data;
      return { status: 'Registered', programme, ruleVersions: [rules] };
    }
    case 'grants.programme.rules-adopted':
      return state.status === 'Registered' ? { ...state, ruleVersions: [...state.ruleVersions, event.data.rules] } : state;
  }
};

export const programmeDecider: Decider<ProgrammeCommand, ProgrammeEvent, ProgrammeState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'Unregistered' }),
};
