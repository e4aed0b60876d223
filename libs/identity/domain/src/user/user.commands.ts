import { UserScope } from './user.events';

/** Who acts and when: from the HTTP layer or the host, never read inside the decider. */
export type UserCommandMetadata = { now: string; actor: { userId: string; role: string } };

type Command<Type extends string, Data> = { type: Type; data: Data; metadata: UserCommandMetadata };

export type CreateUser = Command<'CreateUser', { userId: string; role: string; scope: UserScope }>;
export type DisableUser = Command<'DisableUser', { userId: string; reason: string }>;
export type EnableUser = Command<'EnableUser', { userId: string }>;
export type ChangeAccess = Command<'ChangeAccess', { userId: string; role: string; scope: UserScope }>;
/** An administrator sets a password (a new user's first, or a forgotten one); `temporary` asks the user to change it. */
export type SetPassword = Command<'SetPassword', { userId: string; temporary: boolean }>;
export type ChangeOwnPassword = Command<'ChangeOwnPassword', { userId: string }>;

export type UserCommand = CreateUser | DisableUser | EnableUser | ChangeAccess | SetPassword | ChangeOwnPassword;
