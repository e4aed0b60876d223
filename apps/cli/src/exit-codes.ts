/** What scripts can rely on: 0 the evidence holds, 1 it does not, 2 the command was not usable as given. */
export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called (unknown option, missing or unreadable file, bad key): exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly messageTh: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
