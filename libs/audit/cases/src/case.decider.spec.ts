import { CaseCommand, CloseCase } from './case.commands';
import { CASE_EVENT_TYPES, CaseEvent } from './case.events';
import { caseDecider } from './case.decider';
import {
  AUDITOR,
  CASE_ID,
  caseClosed,
  caseOpened,
  given,
  investigationStarted,
  meta,
  openCaseCommand,
  OTHER_AUDITOR,
} from './testing/case-spec';

const NOW = '2024-02-03T02:00:00.000Z';
const start = (metadata = meta(NOW)): CaseCommand => ({ type: 'StartInvestigation', data: { caseId: CASE_ID }, metadata });
const note = (noteId = 'n-1', text = 'ขอสำเนาทะเบียนสมาชิกทั้งสองกองทุน', metadata = meta(NOW)): CaseCommand => ({
  type: 'AddNote',
  data: { caseId: CASE_ID, noteId, text },
  metadata,
});
const close = (data: Partial<CloseCase['data']> = {}, metadata = meta(NOW)): CaseCommand => ({
  type: 'CloseCase',
  metadata,
  data: { caseId: CASE_ID, resolution: 'referred', referredTo: 'PACC', reason: 'ส่ง ปปท. เขต 8 หนังสือที่ ตส 0012/2567', ...data },
});

describe('no case yet', () => {
  it('an auditor opens a case from a finding, citing its evidence', () => {
    given([]).when(openCaseCommand()).then([caseOpened()]);
  });

  it('only an auditor may open a case', () => {
    given([])
      .when(openCaseCommand(undefined, meta(NOW, 'u-malee', 'treasurer')))
      .thenThrows('case.not-auditor', { role: 'treasurer' });
  });

  it('a finding without an event to cite (a gap in a stream) still opens a case, with blank and repeated ids dropped', () => {
    const base = openCaseCommand();
    const gap = {
      ...base,
      data: { ...base.data, rule: 'chain.ledger.revision-gap', streamId: null, evidenceEventIds: [' ', 'evt-1', 'evt-1'] },
    };
    given([])
      .when(gap)
      .thenMatches([
        { type: 'audit.case.opened', data: { rule: 'chain.ledger.revision-gap', streamId: null, evidenceEventIds: ['evt-1'] } },
      ]);
    given([])
      .when({ ...gap, data: { ...gap.data, evidenceEventIds: [] } })
      .thenMatches([{ type: 'audit.case.opened', data: { evidenceEventIds: [] } }]);
  });

  it('a case needs a dotted rule code, a known severity and both summaries', () => {
    const base = openCaseCommand();
    given([])
      .when({ ...base, data: { ...base.data, summaryTh: ' ' } })
      .thenThrows('case.summary-required');
    given([])
      .when({ ...base, data: { ...base.data, rule: 'DuplicatePayment' } })
      .thenThrows('case.rule-invalid');
    given([])
      .when({ ...base, data: { ...base.data, severity: 'urgent' as never } })
      .thenThrows('case.severity-invalid');
  });

  it('there is nothing to investigate, note or close', () => {
    given([]).when(start()).thenThrows('case.not-found', { caseId: CASE_ID });
    given([]).when(note()).thenThrows('case.not-found');
    given([]).when(close()).thenThrows('case.not-found');
  });
});

describe('an open case', () => {
  const history = [caseOpened()];

  it('opening the same finding again changes nothing, so a replayed scan makes no duplicate', () => {
    given(history)
      .when(openCaseCommand('2024-03-01T00:00:00.000Z', meta('2024-03-01T00:00:00.000Z', OTHER_AUDITOR)))
      .thenNothing();
  });

  it('the case id cannot be taken by another finding', () => {
    const other = openCaseCommand();
    given(history)
      .when({ ...other, data: { ...other.data, findingId: 'rf-ffff' } })
      .thenThrows('case.already-exists', { findingId: CASE_ID });
  });

  it('an auditor starts the investigation and becomes its investigator', () => {
    given(history)
      .when(start(meta(NOW, OTHER_AUDITOR)))
      .then([{ type: 'audit.case.investigation-started', data: { caseId: CASE_ID, investigatorId: OTHER_AUDITOR, startedAt: NOW } }]);
  });

  it('a committee member cannot start an investigation', () => {
    given(history)
      .when(start(meta(NOW, 'u-somchai', 'committee')))
      .thenThrows('case.not-auditor');
  });

  it('takes notes before the investigation starts', () => {
    given(history)
      .when(note())
      .then([
        {
          type: 'audit.case.note-added',
          data: { caseId: CASE_ID, noteId: 'n-1', text: 'ขอสำเนาทะเบียนสมาชิกทั้งสองกองทุน', authorId: AUDITOR, addedAt: NOW },
        },
      ]);
  });

  it('cannot be closed before someone has investigated it', () => {
    given(history)
      .when(close({ resolution: 'unfounded', referredTo: null }))
      .thenThrows('case.not-investigating');
  });
});

describe('a case under investigation', () => {
  const history = [caseOpened(), investigationStarted()];

  it('cannot be started twice', () => {
    given(history)
      .when(start(meta(NOW, OTHER_AUDITOR)))
      .thenThrows('case.already-investigating', { investigatorId: AUDITOR });
  });

  it('a note needs text, and a note id is used once', () => {
    given(history).when(note('n-2', '   ')).thenThrows('case.note-text-required');
    const noted: CaseEvent = {
      type: 'audit.case.note-added',
      data: { caseId: CASE_ID, noteId: 'n-1', text: 'x', authorId: AUDITOR, addedAt: NOW },
    };
    given([...history, noted])
      .when(note('n-1'))
      .thenThrows('case.note-duplicate', { noteId: 'n-1' });
  });

  it('is closed as referred to PACC with the reason', () => {
    given(history)
      .when(close())
      .then([
        {
          type: 'audit.case.closed',
          data: {
            caseId: CASE_ID,
            resolution: 'referred',
            referredTo: 'PACC',
            reason: 'ส่ง ปปท. เขต 8 หนังสือที่ ตส 0012/2567',
            closedBy: AUDITOR,
            closedAt: NOW,
          },
        },
      ]);
  });

  it('is closed as substantiated or unfounded without an agency', () => {
    given(history)
      .when(close({ resolution: 'substantiated', referredTo: null }))
      .thenTypes(['audit.case.closed']);
    given(history)
      .when(close({ resolution: 'unfounded', referredTo: null }))
      .thenTypes(['audit.case.closed']);
  });

  it('a referral names PACC, NACC or SAO; other resolutions name none', () => {
    given(history)
      .when(close({ referredTo: null }))
      .thenThrows('case.referral-agency-required');
    given(history)
      .when(close({ referredTo: 'POLICE' as never }))
      .thenThrows('case.referral-agency-required');
    given(history)
      .when(close({ resolution: 'unfounded', referredTo: 'NACC' }))
      .thenThrows('case.referral-agency-unexpected');
    given(history)
      .when(close({ resolution: 'dismissed' as never, referredTo: null }))
      .thenThrows('case.resolution-invalid');
  });

  it('closing needs a reason and an auditor', () => {
    given(history)
      .when(close({ reason: '' }))
      .thenThrows('case.reason-required');
    given(history)
      .when(close({}, meta(NOW, 'u-admin', 'admin')))
      .thenThrows('case.not-auditor');
  });
});

describe('a closed case', () => {
  const history = [caseOpened(), investigationStarted(), caseClosed()];

  it('keeps its resolution in state', () => {
    expect(given(history).state).toMatchObject({
      status: 'Closed',
      resolution: 'unfounded',
      referredTo: null,
      investigatorId: AUDITOR,
      closedBy: AUDITOR,
    });
  });

  it('takes no more notes, investigation or closing', () => {
    given(history).when(note('n-9')).thenThrows('case.already-closed', { resolution: 'unfounded' });
    given(history).when(start()).thenThrows('case.already-closed');
    given(history).when(close()).thenThrows('case.already-closed');
  });

  it('opening its finding again still changes nothing', () => {
    given(history).when(openCaseCommand()).thenNothing();
  });
});

describe('the case decider', () => {
  it('decides only JSON-safe events with stored type names, so a replay gives the same state', () => {
    const events = [caseOpened(), investigationStarted(), caseClosed()];
    for (const event of events) expect(CASE_EVENT_TYPES).toContain(event.type);
    const replayed = (JSON.parse(JSON.stringify(events)) as CaseEvent[]).reduce(caseDecider.evolve, caseDecider.initialState());
    expect(replayed).toEqual(events.reduce(caseDecider.evolve, caseDecider.initialState()));
  });

  it('refuses an unknown command type at run time', () => {
    expect(() => caseDecider.decide({ type: 'ReopenCase' } as unknown as CaseCommand, caseDecider.initialState())).toThrow(TypeError);
  });
});
