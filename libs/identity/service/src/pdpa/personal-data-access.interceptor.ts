import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiQuery } from '@nestjs/swagger';
import { from, Observable, switchMap } from 'rxjs';
import { AuthenticatedActor, RefusalException } from '@kongthun/http';
import { PERSONAL_DATA_ACCESS_LOG, PersonalDataAccessLog } from './personal-data-access-log';

const SUBJECT_OF = 'kongthun:personal-data-subject';
type SubjectOf = (params: Record<string, string>) => string;

/** Why the data is read, as the PDPA asks: `?reason=` or the `x-access-reason` header; 3–500 characters. */
const reasonOf = (request: { query?: Record<string, unknown>; headers: Record<string, unknown> }): string | undefined => {
  const given = request.query?.reason ?? request.headers['x-access-reason'];
  const reason = typeof given === 'string' ? given.trim() : '';
  return reason.length >= 3 && reason.length <= 500 ? reason : undefined;
};

/**
 * Records every successful read of a person's personal data before the answer leaves: who, in what
 * role, when, which record (`subject`), why and through which route. Without a reason the read is
 * refused before anything is read; if the record cannot be written, the data is not sent.
 */
@Injectable()
export class PersonalDataAccessInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(PERSONAL_DATA_ACCESS_LOG) private readonly log: PersonalDataAccessLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const subjectOf = this.reflector.get<SubjectOf>(SUBJECT_OF, context.getHandler());
    const request = context.switchToHttp().getRequest();
    const reason = reasonOf(request);
    if (reason === undefined)
      throw new RefusalException(
        'personal-data.reason-required',
        'Say why you read this personal data: ?reason= or the x-access-reason header (3–500 characters)',
        'กรุณาระบุเหตุผลในการเข้าถึงข้อมูลส่วนบุคคล (reason)',
      );
    const actor: AuthenticatedActor = request.actor;
    const route = `${request.method} ${request.route?.path ?? request.path}`;
    return next
      .handle()
      .pipe(
        switchMap((answer) =>
          from(
            this.log
              .append({
                subject: subjectOf(request.params),
                accessedAt: new Date().toISOString(),
                userId: actor.userId,
                role: actor.role,
                reason,
                route,
              })
              .then(() => answer),
          ),
        ),
      );
  }
}

/** Marks a route that discloses personal data: a reason is required and each read is recorded under `subjectOf(params)`. */
export const RecordsPersonalDataAccess = (subjectOf: SubjectOf) =>
  applyDecorators(
    SetMetadata(SUBJECT_OF, subjectOf),
    UseInterceptors(PersonalDataAccessInterceptor),
    ApiQuery({ name: 'reason', required: false, description: 'Why the data is read (PDPA); or the x-access-reason header. Required' }),
    ApiHeader({ name: 'x-access-reason', required: false }),
  );
