import { All, Controller, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { serviceOfPrefix, SERVICES } from '../downstream/downstream-options';
import { Downstreams } from '../downstream/downstreams';
import { GatewayRefusal, gatewayRefusal } from '../downstream/gateway-refusal';
import { headersToClient, headersToService } from './proxy-headers';
import { BodyTooLarge, readBody } from './read-body';

const DEFAULT_BODY_LIMIT = 1024 * 1024;

const refuse = (response: Response, refusal: GatewayRefusal) => response.status(refusal.status).json(refusal.body);

/**
 * `/api/<service>/…` (and `/api/auth/…`, the identity service's) to the service, as it came (path,
 * query, headers, body); its answer back as it came.
 */
@ApiExcludeController()
@Controller('api')
export class GatewayProxyController {
  constructor(@Inject(Downstreams) private readonly downstreams: Downstreams) {}

  @All(':service{/*path}')
  async proxy(@Req() request: Request, @Res() response: Response): Promise<void> {
    const prefix = String(request.params.service);
    const name = serviceOfPrefix(prefix);
    const downstream = this.downstreams.get(name);
    if (downstream === undefined) {
      refuse(
        response,
        (SERVICES as readonly string[]).includes(name)
          ? gatewayRefusal('gateway.downstream-unavailable', `No address is configured for ${name}`, { service: name, configured: false })
          : gatewayRefusal('request.not-found', `No service at /api/${prefix}`, { service: prefix }),
      );
      return;
    }
    let body: Buffer | undefined;
    try {
      body = await readBody(request, this.downstreams.options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      refuse(response, gatewayRefusal('request.too-large', error.message, { limitBytes: error.limitBytes }));
      return;
    }
    const outcome = await downstream.handle({
      method: request.method,
      path: request.originalUrl,
      headers: headersToService(request.headers, request.socket.remoteAddress, body),
      body,
    });
    if ('refusal' in outcome) {
      refuse(response, outcome.refusal);
      return;
    }
    const { answer } = outcome;
    response.status(answer.status);
    for (const [header, value] of Object.entries(headersToClient(answer.headers))) {
      if (value !== undefined && header !== 'x-request-id') response.setHeader(header, value);
    }
    response.end(answer.body);
  }
}
