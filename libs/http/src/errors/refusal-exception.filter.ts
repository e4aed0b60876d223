import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Response } from 'express';
import { isDomainError } from '@kongthun/kernel';
import { EventStoreError } from '@kongthun/event-sourcing';
import { bodyParserRefusal } from './body-parser-refusal';
import { ErrorBody } from './error-body';
import { RefusalCode, statusOfCode } from './refusal-statuses';

/** Thai text for refusals raised outside the domain (which writes its own `messageTh`). */
const THAI: Partial<Record<RefusalCode, string>> = {
  'eventstore.wrong-expected-revision': 'ข้อมูลถูกแก้ไขโดยผู้อื่นพร้อมกัน กรุณาลองใหม่',
  'request.invalid': 'ข้อมูลที่ส่งมาไม่ถูกต้อง',
  'request.not-found': 'ไม่พบรายการที่ร้องขอ',
  'request.too-large': 'ข้อมูลที่ส่งมามีขนาดใหญ่เกินกำหนด',
  'auth.missing-token': 'กรุณาเข้าสู่ระบบ (ไม่พบโทเคน)',
  'auth.invalid-token': 'โทเคนไม่ถูกต้องหรือหมดอายุ',
  'auth.forbidden': 'บทบาทของท่านไม่มีสิทธิ์ทำรายการนี้',
  'auth.out-of-scope': 'รายการนี้อยู่นอกขอบเขตที่ท่านได้รับสิทธิ์',
};
const INTERNAL: ErrorBody = { code: 'internal', message: 'Internal error', messageTh: 'ระบบขัดข้อง กรุณาลองใหม่ภายหลัง' };
const thaiOf = (code: string): string | undefined => THAI[code as RefusalCode];

const refusalOf = (exception: unknown): ErrorBody | undefined => {
  if (isDomainError(exception))
    return {
      code: exception.code,
      message: exception.message,
      messageTh: exception.messageTh ?? thaiOf(exception.code) ?? exception.message,
      details: exception.details,
    };
  if (exception instanceof EventStoreError)
    return {
      code: exception.code,
      message: exception.message,
      messageTh: thaiOf(exception.code) ?? 'ไม่สามารถบันทึกรายการได้',
      details: exception.details,
    };
  return undefined;
};

/** An HttpException Nest raised itself (no route: 404) carries no code; it gets one by its status. */
const codeOfStatus = (status: number): string =>
  status === 404 ? 'request.not-found' : status === 413 ? 'request.too-large' : status < 500 ? 'request.invalid' : 'internal';

/** Turns every refusal into `{code, message, messageTh}` with the status `REFUSAL_STATUSES` gives its code; nothing else leaks. */
@Catch()
export class RefusalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Refusal');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const refusal = refusalOf(exception);
    if (refusal) {
      const status = statusOfCode(refusal.code);
      // The spec keeps the table complete; should a code still slip through, it is logged, not guessed at silently.
      if (status === undefined) this.logger.error(`Refusal code ${refusal.code} is missing from REFUSAL_STATUSES; answered 422`);
      response.status(status ?? 422).json(refusal);
      return;
    }
    const unreadable = bodyParserRefusal(exception);
    if (unreadable) {
      response.status(unreadable.status).json(unreadable.body);
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const body = typeof payload === 'object' && payload !== null && 'code' in payload ? (payload as ErrorBody) : undefined;
      const code = body?.code ?? codeOfStatus(status);
      const messageTh = code === 'internal' ? INTERNAL.messageTh : (thaiOf(code) ?? 'ข้อมูลที่ส่งมาไม่ถูกต้อง');
      response.status(status).json(
        body ?? {
          code,
          message: exception.message,
          messageTh,
          details: typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined,
        },
      );
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(500).json(INTERNAL);
  }
}
