import { DomainError } from '@kongthun/kernel';
import { ExistingUser, UserState } from './user.state';

/** The user must exist; a missing one is 404 for whoever asked. */
export const existing = (state: UserState, userId: string): ExistingUser => {
  if (state.status === 'None')
    throw new DomainError('identity.user-not-found', `No user ${userId}`, { messageTh: 'ไม่พบผู้ใช้นี้', details: { userId } });
  return state;
};

export const refuse = (code: string, message: string, messageTh: string, details?: Record<string, unknown>): never => {
  throw new DomainError(code, message, { messageTh, details });
};
