// Audit cases (เรื่องตรวจสอบ): red-flag findings followed up by auditors, as a pure decider.
export * from './case.events';
export type { AddNote, CaseCommand, CaseCommandMetadata, CloseCase, OpenCase, StartInvestigation } from './case.commands';
export * from './case.state';
export { evolveCase } from './case.evolve';
export { caseDecider, decideCase } from './case.decider';
export { openCase } from './open-case';
export { startInvestigation } from './start-investigation';
export { addNote } from './add-note';
export { closeCase } from './close-case';
