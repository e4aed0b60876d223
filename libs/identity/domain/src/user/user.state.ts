import { UserScope } from './user.events';

export type NoUser = { status: 'None' };

/** A user who exists: `Active` may log in, `Disabled` may not (and refresh tokens stop working). */
export type ExistingUser = {
  status: 'Active' | 'Disabled';
  userId: string;
  role: string;
  scope: UserScope;
  /** A password has been set; until then no login is possible. */
  hasPassword: boolean;
  /** The last password was set by an administrator as temporary. */
  mustChangePassword: boolean;
};

export type UserState = NoUser | ExistingUser;

export const initialState = (): UserState => ({ status: 'None' });
