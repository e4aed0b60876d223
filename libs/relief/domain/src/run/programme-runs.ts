import { Decider } from '@kongthun/kernel';
import { refuse } from '../refusals';

/**
 * One run in flight per paying programme (121's rule): a stream per programme and Thai fiscal
 * year holds only "opened"/"closed" pairs, so it stays a handful of events; a run still open
 * from the previous fiscal year is passed in by the handler.
 */
export type ProgrammeRunsEvent =
  | { type: 'relief.programme.run-opened'; data: { programmeId: string; runId: string } }
  | { type: 'relief.programme.run-closed'; data: { programmeId: string; runId: string } };

export type ProgrammeRunsCommand =
  | { type: 'OpenRun'; data: { programmeId: string; runId: string; inFlightLastYear: string | null } }
  | { type: 'CloseProgrammeRun'; data: { programmeId: string; runId: string } };

export interface ProgrammeRunsState {
  inFlight: string | null;
}

export const programmeRunsDecider: Decider<ProgrammeRunsCommand, ProgrammeRunsEvent, ProgrammeRunsState> = {
  decide: (command, state) => {
    if (command.type === 'OpenRun') {
      const inFlight = state.inFlight ?? command.data.inFlightLastYear;
      if (inFlight !== null)
        throw refuse('relief.run-in-flight', `Run ${inFlight} of this programme is still in flight`, 'แผนงานนี้มีรอบการจ่ายที่ยังไม่ปิด', {
          runId: inFlight,
        });
      return [{ type: 'relief.programme.run-opened', data: { programmeId: command.data.programmeId, runId: command.data.runId } }];
    }
    return state.inFlight === command.data.runId ? [{ type: 'relief.programme.run-closed', data: command.data }] : [];
  },
  evolve: (state, event) => ({
    inFlight: event.type === 'relief.programme.run-opened' ? event.data.runId : state.inFlight === event.data.runId ? null : state.inFlight,
  }),
  initialState: () => ({ inFlight: null }),
};

export const programmeRunsStreamId = (programmeId: string, fiscalYear: number): string => `relief-programme-${programmeId}-fy${fiscalYear}`;
