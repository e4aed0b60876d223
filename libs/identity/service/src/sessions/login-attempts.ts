import { RefusalException } from '@kongthun/http';

export interface LoginBackoffPolicy {
  /** Wrong passwords in a row before the name is held back. */
  freeFailures: number;
  /** The first hold; each further failure doubles it, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_LOGIN_BACKOFF: LoginBackoffPolicy = { freeFailures: 5, firstDelayMs: 30_000, maxDelayMs: 15 * 60_000 };

/**
 * Backoff per login name, whichever address the guesses come from: after a few wrong passwords in a
 * row, that name answers 429 until its hold ends, right password or not, so a guesser learns
 * nothing while held. Kept in this process: several instances each hold back on their own, which
 * multiplies the guesses allowed by the instance count but never lets guessing run free.
 */
export class LoginAttempts {
  private readonly failures = new Map<string, { count: number; heldUntil: number }>();

  constructor(private readonly policy: LoginBackoffPolicy = DEFAULT_LOGIN_BACKOFF) {}

  assertAllowed(username: string, now: Date): void {
    const held = this.failures.get(username)?.heldUntil ?? 0;
    if (held > now.getTime())
      throw new RefusalException(
        'auth.too-many-attempts',
        `Too many failed logins for this user; try again in ${Math.ceil((held - now.getTime()) / 1000)} s`,
        'เข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่',
      );
  }

  failed(username: string, now: Date): void {
    const count = (this.failures.get(username)?.count ?? 0) + 1;
    const over = count - this.policy.freeFailures;
    const delay = over < 0 ? 0 : Math.min(this.policy.firstDelayMs * 2 ** over, this.policy.maxDelayMs);
    this.failures.set(username, { count, heldUntil: now.getTime() + delay });
  }

  succeeded(username: string): void {
    this.failures.delete(username);
  }
}
