import { z } from 'zod/v4';
import { citizenId, id, isoDate, text } from './request-fields';

/** A committee seat as the chair enters it; the citizen ID leaves as a keyed hash only. */
export const appointCommitteeMemberRequest = z.strictObject({
  member: z.strictObject({ userId: id, role: z.enum(['chair', 'treasurer', 'member']), citizenId, personalDataRef: id }),
  appointedOn: isoDate,
});
export const removeCommitteeMemberRequest = z.strictObject({ removedOn: isoDate, reason: text });
