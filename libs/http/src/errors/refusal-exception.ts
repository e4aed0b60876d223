import { HttpException } from '@nestjs/common';
import { RefusalCode, REFUSAL_STATUSES } from './refusal-statuses';

/** A refusal raised at the edge (a guard, a pipe, a header): its status is the table's, never chosen on the spot. */
export class RefusalException extends HttpException {
  constructor(
    readonly code: RefusalCode,
    message: string,
    messageTh: string,
    details?: Record<string, unknown>,
  ) {
    super({ code, message, messageTh, ...(details === undefined ? {} : { details }) }, REFUSAL_STATUSES[code]);
  }
}
