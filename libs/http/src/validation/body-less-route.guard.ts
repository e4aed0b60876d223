import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Request } from 'express';
import { RefusalException } from '../errors/refusal-exception';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** A handler with any of these reads the body itself (a zod schema, a raw upload, the request). */
const READS_BODY = new Set<number>([RouteParamtypes.BODY, RouteParamtypes.RAW_BODY, RouteParamtypes.REQUEST, RouteParamtypes.FILE]);

const readsBody = (context: ExecutionContext): boolean => {
  const args: Record<string, unknown> = Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {};
  return Object.keys(args).some((key) => READS_BODY.has(Number(key.split(':')[0])));
};

const fieldsOf = (body: unknown): string[] | undefined => {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body)) {
    const fields = Object.keys(body);
    return fields.length > 0 ? fields : undefined;
  }
  return Buffer.isBuffer(body) || typeof body === 'string' ? undefined : ['(body)'];
};

/**
 * A command whose route takes no body (an approval, a dry run) is refused when fields are sent with
 * it, as a body with unknown fields is: a client that believes it sent a reason or an amount must
 * learn it was not recorded, not find out later that it vanished.
 */
@Injectable()
export class BodyLessRouteGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (!WRITES.has(request.method) || readsBody(context)) return true;
    const fields = fieldsOf(request.body);
    if (fields === undefined) return true;
    throw new RefusalException(
      'request.unknown-fields',
      `This command takes no body; unknown field(s) ${fields.join(', ')}`,
      `คำสั่งนี้ไม่รับข้อมูลในเนื้อคำขอ มีช่องข้อมูลที่ระบบไม่รู้จัก: ${fields.join(', ')}`,
      { unknownFields: fields },
    );
  }
}
