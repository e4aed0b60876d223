/** Who is logged in, as the identity service answered the login. */
export interface SessionUser {
  userId: string;
  role: string;
  displayName?: string;
  scope: { funds?: string[]; province?: string; areas?: string[]; national?: boolean; programmes?: string[] };
}

interface StoredSession {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

// Per tab, not per browser: a shared computer at a tambon office must not keep a treasurer logged in.
const STORAGE_KEY = 'kongthun.session';

export const currentSession = (): StoredSession | undefined => {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  return raw === null ? undefined : (JSON.parse(raw) as StoredSession);
};

export const saveSession = (session: StoredSession): void => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));

export const endSession = (): void => sessionStorage.removeItem(STORAGE_KEY);
