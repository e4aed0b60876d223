import { AddNote } from './case.commands';
import { CaseNoteAdded } from './case.events';
import { CaseState } from './case.state';
import { refuse, requireActive, requireAuditor, requireText } from './case-refusals';

/** A working note on an open or investigated case (บันทึกการตรวจสอบ); a closed case takes no more. */
export const addNote = (command: AddNote, state: CaseState): CaseNoteAdded[] => {
  const authorId = requireAuditor(command.metadata);
  const active = requireActive(state, command.data.caseId);
  const noteId = requireText(command.data.noteId, 'case.note-id-required', 'A note id', 'รหัสบันทึก');
  if (active.noteIds.includes(noteId))
    throw refuse('case.note-duplicate', `Note ${noteId} is already on the case`, 'มีบันทึกนี้แล้ว', { noteId });
  const text = requireText(command.data.text, 'case.note-text-required', 'The note text', 'ข้อความบันทึก');
  return [{ type: 'audit.case.note-added', data: { caseId: active.caseId, noteId, text, authorId, addedAt: command.metadata.now } }];
};
