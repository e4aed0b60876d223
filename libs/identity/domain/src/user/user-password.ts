import { ChangeOwnPassword, SetPassword } from './user.commands';
import { PasswordChanged } from './user.events';
import { UserState } from './user.state';
import { existing, refuse } from './refusals';

/** An administrator sets someone's password: a new user's first one, or after a forgotten one. */
export const setPassword = (command: SetPassword, state: UserState): PasswordChanged[] => {
  const user = existing(state, command.data.userId);
  return [
    { type: 'identity.user.password-changed', data: { userId: user.userId, by: 'administrator', mustChange: command.data.temporary } },
  ];
};

/** Only the user themself, while active; the new password is no longer temporary. */
export const changeOwnPassword = (command: ChangeOwnPassword, state: UserState): PasswordChanged[] => {
  const user = existing(state, command.data.userId);
  if (command.metadata.actor.userId !== user.userId)
    refuse('identity.not-own-account', 'Only the user may change their own password this way', 'เปลี่ยนรหัสผ่านได้เฉพาะของตนเอง');
  if (user.status !== 'Active') refuse('identity.user-disabled', `User ${user.userId} is disabled`, 'ผู้ใช้นี้ถูกระงับ');
  return [{ type: 'identity.user.password-changed', data: { userId: user.userId, by: 'self', mustChange: false } }];
};
