import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Response } from 'express';
import { isDomainError } from '@kongthun/kernel';
import { EventStoreError } from '@kongthun/event-sourcing';
import { ErrorBody } from './error-body';
import { statusOfCode } from './status-of-code';

/** Thai text for refusals raised outside the domain (which writes its own `messageTh`). */
const THAI: Record<string, string> = {
  'eventstore.wrong-expected-revision': 'ข้อมูลถูกแก้ไขโดยผู้อื่นพร้อมกัน กรุณาลองใหม่',
  'request.invalid': 'ข้อมูลที่ส่งมาไม่ถูกต้อง',
  'request.not-found': 'ไม่พบรายการที่ร้องขอ',
  'auth.missing-token': 'กรุณาเข้าสู่ระบบ (ไม่พบโทเคน)',
  'auth.invalid-token': 'โทเคนไม่ถูกต้องหรือหมดอายุ',
  'auth.forbidden': 'บทบาทของท่านไม่มีสิทธิ์ทำรายการนี้',
  'auth.out-of-scope': 'รายการนี้อยู่นอกขอบเขตที่ท่านได้รับสิทธิ์',
  internal: 'ระบบขัดข้อง กรุณาลองใหม่ภายหลัง',
};

const refusalOf = (exception: unknown): ErrorBody | undefined => {
  if (isDomainError(exception))
    return { code: exception.code, message: exception.message, messageTh: exception.messageTh ?? THAI[exception.code] ?? exception.message, details: exception.details };
  if (exception instanceof EventStoreError)
    return { code: exception.code, message: exception.message, messageTh: THAI[exception.code] ?? 'ไม่สามารถบันทึกรายการได้', details: exception.details };
  return undefined;
};

/** Turns every refusal into `{code, message, messageTh}` with its 4xx status; nothing else leaks. */
@Catch()
export class RefusalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Refusal');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const refusal = refusalOf(exception);
    if (refusal) {
      response.status(statusOfCode(refusal.code)).json(refusal);
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const body = typeof payload === 'object' && payload !== null && 'code' in payload ? (payload as ErrorBody) : undefined;
      const code = body?.code ?? (status === 404 ? 'request.not-found' : status < 500 ? 'request.invalid' : 'internal');
      response.status(status).json(body ?? { code, message: exception.message, messageTh: THAI[code] ?? THAI['request.invalid'], details: typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined });
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(500).json({ code: 'internal', message: 'Internal error', messageTh: THAI.internal });
  }
}
