import { ErrorBody } from './error-body';
import { REFUSAL_STATUSES } from './refusal-statuses';

/** What body-parser (through `http-errors`) throws before any route runs: a `type` and a 4xx `status`. */
interface BodyParserError {
  type: string;
  status: number;
  limit?: number;
}

const isBodyParserError = (value: unknown): value is BodyParserError =>
  value instanceof Error &&
  typeof (value as { type?: unknown }).type === 'string' &&
  typeof (value as { status?: unknown }).status === 'number';

/**
 * A body refused while it was read (too large, unknown charset). These are errors of Express's
 * parser, not HttpExceptions, so without this they would surface as a 500. (Nest itself turns
 * invalid JSON into a BadRequestException, answered as `request.invalid`.)
 */
export const bodyParserRefusal = (exception: unknown): { status: number; body: ErrorBody } | undefined => {
  if (!isBodyParserError(exception) || exception.status < 400 || exception.status >= 500) return undefined;
  if (exception.type === 'entity.too.large') {
    const limit = exception.limit === undefined ? 'the limit' : `the limit of ${exception.limit} bytes`;
    return {
      status: REFUSAL_STATUSES['request.too-large'],
      body: {
        code: 'request.too-large',
        message: `The request body is larger than ${limit}`,
        messageTh: 'ข้อมูลที่ส่งมามีขนาดใหญ่เกินกำหนด',
        details: { limitBytes: exception.limit },
      },
    };
  }
  return {
    status: REFUSAL_STATUSES['request.invalid'],
    body: { code: 'request.invalid', message: `The request body could not be read (${exception.type})`, messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง' },
  };
};
