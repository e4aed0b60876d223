/**
 * A business rule refused a request (การปฏิเสธตามกฎทางธุรกิจ).
 *
 * The `code` is the contract: HTTP layers map it to a 4xx status, clients and auditors match on it,
 * and it must never change once published. The English `message` is for logs and developers;
 * `messageTh` is what a Thai user sees when present.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: string;
  readonly messageTh?: string;
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, options: DomainErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // A code that is not dotted is almost always a message passed in the wrong argument.
    if (!STABLE_CODE.test(code)) throw new TypeError(`DomainError code must be dotted lower-case, got "${code}"`);
    this.code = code;
    if (options.messageTh !== undefined) this.messageTh = options.messageTh;
    if (options.details !== undefined) this.details = Object.freeze({ ...options.details });
    Object.defineProperty(this, DOMAIN_ERROR_BRAND, { value: true });
  }

  /** The shape the HTTP layer and logs carry; the stack stays out of responses. */
  toJSON(): { code: string; message: string; messageTh?: string; details?: Readonly<Record<string, unknown>> } {
    return { code: this.code, message: this.message, messageTh: this.messageTh, details: this.details };
  }
}

export interface DomainErrorOptions {
  /** The same refusal in Thai, for the person in front of the screen. */
  messageTh?: string;
  /** Values that explain the refusal; never put a raw citizen ID here. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

const STABLE_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

// A registered symbol survives a second copy of this module (jest registries, bundles), where
// `instanceof` alone would answer "not a DomainError" and turn a 4xx into a 500.
const DOMAIN_ERROR_BRAND = Symbol.for('kongthun.kernel.DomainError');

/** True for any DomainError, including one built by another copy of the kernel. */
export const isDomainError = (value: unknown): value is DomainError =>
  value instanceof DomainError || (value instanceof Error && (value as unknown as Record<symbol, unknown>)[DOMAIN_ERROR_BRAND] === true);
