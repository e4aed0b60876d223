import { CaseEvent } from './case.events';
import { CaseState } from './case.state';

/** Applies one event; an event that does not fit the state (none should) leaves it unchanged. */
export const evolveCase = (state: CaseState, event: CaseEvent): CaseState => {
  switch (event.type) {
    case 'audit.case.opened': {
      if (state.status !== 'NotOpened') return state;
      const { caseId, findingId, rule, severity, evidenceEventIds, openedBy, openedAt } = event.data;
      return { status: 'Open', caseId, findingId, rule, severity, evidenceEventIds, openedBy, openedAt, noteIds: [] };
    }
    case 'audit.case.investigation-started':
      if (state.status !== 'Open') return state;
      return { ...state, status: 'Investigating', investigatorId: event.data.investigatorId, startedAt: event.data.startedAt };
    case 'audit.case.note-added':
      if (state.status === 'NotOpened') return state;
      return { ...state, noteIds: [...state.noteIds, event.data.noteId] };
    case 'audit.case.closed': {
      if (state.status !== 'Investigating') return state;
      const { resolution, referredTo, reason, closedBy, closedAt } = event.data;
      return { ...state, status: 'Closed', resolution, referredTo, reason, closedBy, closedAt };
    }
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
};
