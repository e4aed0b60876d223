import { Refusal } from './refusal';
import { currentSession, endSession, saveSession } from './session';

/** A refused answer as the page shows it: the service's code and its Thai and English messages. */
export const refusalOf = async (response: Response): Promise<Refusal> => {
  const body = (await response.json().catch(() => ({}))) as {
    code?: string;
    message?: string;
    messageTh?: string;
    details?: Record<string, unknown>;
  };
  return new Refusal(
    response.status,
    body.code ?? `http.${response.status}`,
    body.message ?? response.statusText,
    body.messageTh ?? '',
    body.details ?? {},
  );
};

const bearer = (): Record<string, string> => {
  const token = currentSession()?.accessToken;
  return token ? { authorization: `Bearer ${token}` } : {};
};

/** Access tokens are short-lived: on a 401 the refresh token buys one new pair, once. */
const refreshed = async (): Promise<boolean> => {
  const session = currentSession();
  if (!session) return false;
  const response = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken: session.refreshToken }),
  });
  if (!response.ok) return false;
  const pair = (await response.json()) as { accessToken: string; refreshToken: string };
  saveSession({ ...session, ...pair });
  return true;
};

/**
 * Every request the page makes as the logged-in user, JSON or file: with the access token, one
 * refresh and retry on a 401, and back to the login when the session is over. The refused answer
 * is returned for the caller to read.
 */
export const authorizedFetch = async (path: string, init: RequestInit & { headers?: Record<string, string> }): Promise<Response> => {
  const attempt = () => fetch(path, { ...init, headers: { ...bearer(), ...init.headers } });
  let response = await attempt();
  if (response.status === 401 && (await refreshed())) response = await attempt();
  if (response.status === 401) {
    endSession();
    location.hash = '#/login';
  }
  return response;
};

/** A call to a service: the JSON answer, or a thrown Refusal carrying the service's code and messages. */
export const api = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
  const response = await authorizedFetch(path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await refusalOf(response);
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
};

/** A money POST, made safe to retry with an Idempotency-Key of its own. */
export const recordMoney = <T>(path: string, body: unknown, idempotencyKey: string = crypto.randomUUID()): Promise<T> =>
  api<T>('POST', path, body, { 'idempotency-key': idempotencyKey });

export const loginRequest = async (username: string, password: string): Promise<void> => {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw await refusalOf(response);
  saveSession(await response.json());
};
