import { ChangeAccess, CreateUser } from './user.commands';
import { UserAccessChanged, UserCreated } from './user.events';
import { UserState } from './user.state';
import { existing, refuse } from './refusals';
import { assertRole, assertUserId, normalScope } from './user-scope';

export const createUser = (command: CreateUser, state: UserState): UserCreated[] => {
  const { userId, role, scope } = command.data;
  if (state.status !== 'None') return refuse('identity.user-exists', `User ${userId} already exists`, 'มีผู้ใช้นี้อยู่แล้ว', { userId });
  assertUserId(userId);
  assertRole(role);
  return [{ type: 'identity.user.created', data: { userId, role, scope: normalScope(scope) } }];
};

/** A new role or scope; the same one again records nothing. */
export const changeAccess = (command: ChangeAccess, state: UserState): UserAccessChanged[] => {
  const user = existing(state, command.data.userId);
  assertRole(command.data.role);
  if (command.metadata.actor.userId === user.userId)
    refuse('identity.own-access', 'Nobody changes their own role or scope', 'ไม่สามารถเปลี่ยนบทบาทหรือขอบเขตสิทธิ์ของตนเองได้');
  const scope = normalScope(command.data.scope);
  if (user.role === command.data.role && JSON.stringify(user.scope) === JSON.stringify(scope)) return [];
  return [{ type: 'identity.user.access-changed', data: { userId: user.userId, role: command.data.role, scope } }];
};
