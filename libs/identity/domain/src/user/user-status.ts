import { DisableUser, EnableUser } from './user.commands';
import { UserDisabled, UserEnabled } from './user.events';
import { UserState } from './user.state';
import { existing, refuse } from './refusals';

/** Disabling ends logins and refreshes; an administrator cannot lock themself out. */
export const disableUser = (command: DisableUser, state: UserState): UserDisabled[] => {
  const user = existing(state, command.data.userId);
  if (user.status === 'Disabled')
    return refuse('identity.user-already-disabled', `User ${user.userId} is already disabled`, 'ผู้ใช้นี้ถูกระงับอยู่แล้ว');
  if (command.metadata.actor.userId === user.userId)
    refuse('identity.own-access', 'Nobody disables their own account', 'ไม่สามารถระงับบัญชีของตนเองได้');
  if (command.data.reason.trim() === '') refuse('identity.reason-required', 'Say why the user is disabled', 'กรุณาระบุเหตุผลที่ระงับผู้ใช้');
  return [{ type: 'identity.user.disabled', data: { userId: user.userId, reason: command.data.reason.trim() } }];
};

export const enableUser = (command: EnableUser, state: UserState): UserEnabled[] => {
  const user = existing(state, command.data.userId);
  if (user.status === 'Active') return refuse('identity.user-already-active', `User ${user.userId} is already active`, 'ผู้ใช้นี้ใช้งานได้อยู่แล้ว');
  return [{ type: 'identity.user.enabled', data: { userId: user.userId } }];
};
