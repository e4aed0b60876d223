import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { catchError, concatMap, from, Observable, of, switchMap } from 'rxjs';
import { AuthenticatedActor } from '../auth/actor';
import { keyInProgress, keyReused } from './idempotency-refusals';
import { IDEMPOTENCY_STORE, IdempotencyScope, IdempotencyStore } from './idempotency-store';
import { parseIdempotencyKey, requestFingerprint } from './idempotency-key';
import { isReplayable, refusalOutcomeOf } from './idempotent-outcome';

export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * `Idempotency-Key` on a POST (draft-ietf-httpapi-idempotency-key-header). The header is optional:
 * without it the route behaves as before, and a resent command is still refused by its own id.
 * With it, the first request runs and its outcome is kept; the same key and body replay that
 * outcome without running anything; another body is 422, a request still running 409.
 * Runs after the token guard, so the actor is known and scopes the key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { actor?: AuthenticatedActor }>();
    const response = context.switchToHttp().getResponse<Response>();
    const header = request.headers['idempotency-key'];
    if (header === undefined) return next.handle();
    const scope: IdempotencyScope = {
      actorId: request.actor?.userId ?? '',
      route: `${request.method} ${request.originalUrl.split('?')[0]}`,
      key: parseIdempotencyKey(header),
    };
    return from(this.store.begin(scope, requestFingerprint(request.body), new Date())).pipe(
      switchMap((claim) => {
        if (claim.kind === 'key-reused') throw keyReused();
        if (claim.kind === 'in-progress') throw keyInProgress();
        if (claim.kind === 'replay') {
          response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
          const body = JSON.parse(claim.outcome.body) as Record<string, unknown>;
          if (claim.outcome.status >= 300) throw new HttpException(body, claim.outcome.status);
          response.status(claim.outcome.status);
          return of(body);
        }
        return next.handle().pipe(
          concatMap(async (body: unknown) => {
            await this.store.complete(scope, claim.token, { status: response.statusCode, body: JSON.stringify(body) });
            return body;
          }),
          catchError(async (error: unknown) => {
            const outcome = refusalOutcomeOf(error);
            if (outcome !== undefined && isReplayable(outcome)) await this.store.complete(scope, claim.token, outcome);
            else await this.store.release(scope, claim.token);
            throw error;
          }),
        );
      }),
    );
  }
}

/** Marks a POST as taking `Idempotency-Key`, in behaviour and in the OpenAPI document. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Optional. A unique value per operation (a UUID). A retry with the same key and body replays the first response ' +
        `(header ${IDEMPOTENT_REPLAYED_HEADER}: true) and records nothing; another body is 422 idempotency.key-reused; ` +
        'a retry while the first is running is 409 idempotency.in-progress. Keys are kept 24 hours, per user and path.',
    }),
  );
