export type Event<Type extends string, Data> = { type: Type; data: Data };

/**
 * Where a user may act. `areas`: area-code prefixes (province 2 digits, district 4, subdistrict 6);
 * `funds`: welfare fund ids; `programmes`: grant programme or disaster declaration ids;
 * `national`: an auditor who sees every area. No scope at all means nothing but what the role
 * allows everywhere (an administrator).
 */
export type UserScope = { areas?: string[]; funds?: string[]; programmes?: string[]; national?: boolean };

/** Who changed a password: the user themself, or an administrator (a temporary one, to be changed). */
export type PasswordSetter = 'self' | 'administrator';

/**
 * No name, phone or password hash: events are kept forever and copied to every consumer and to the
 * audit ledger. The display name and the argon2 hash live in the accounts table, which can be
 * overwritten and erased; the stream records only that they changed.
 */
export type UserCreated = Event<'identity.user.created', { userId: string; role: string; scope: UserScope }>;
export type UserDisabled = Event<'identity.user.disabled', { userId: string; reason: string }>;
export type UserEnabled = Event<'identity.user.enabled', { userId: string }>;
export type UserAccessChanged = Event<'identity.user.access-changed', { userId: string; role: string; scope: UserScope }>;
export type PasswordChanged = Event<'identity.user.password-changed', { userId: string; by: PasswordSetter; mustChange: boolean }>;

export type UserEvent = UserCreated | UserDisabled | UserEnabled | UserAccessChanged | PasswordChanged;
export type UserEventType = UserEvent['type'];

export const USER_EVENT_TYPES = [
  'identity.user.created',
  'identity.user.disabled',
  'identity.user.enabled',
  'identity.user.access-changed',
  'identity.user.password-changed',
] as const satisfies readonly UserEventType[];

export const isUserEventType = (type: string): type is UserEventType => (USER_EVENT_TYPES as readonly string[]).includes(type);

/** One small stream per user: its history is a handful of administrative acts. */
export const userStreamId = (userId: string): string => `identity-user-${userId}`;

// Fails to compile when an event joins the union but not the list above.
const _everyTypeListed: [Exclude<UserEventType, (typeof USER_EVENT_TYPES)[number]>] extends [never] ? true : false = true;
