import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Downstreams } from '../downstream/downstreams';
import { mergeOpenApi } from '../openapi/merge-openapi';

const HEALTH_OPERATION = {
  get: {
    operationId: 'GatewayHealth_check',
    summary: 'The gateway and each service behind it: up or down, and the state of its breaker',
    tags: ['health'],
    security: [],
    responses: {
      '200': {
        description: 'Each service with its probe and breaker',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['status', 'downstreams'],
              properties: {
                status: { type: 'string', enum: ['ok', 'degraded'] },
                downstreams: { type: 'object', additionalProperties: { type: 'object' } },
              },
            },
            example: {
              status: 'degraded',
              downstreams: {
                welfare: {
                  url: 'http://welfare-fund:3001',
                  status: 'up',
                  probe: 200,
                  breaker: { name: 'gateway→welfare', state: 'closed', failures: 0, successes: 12 },
                  inFlight: 0,
                },
                audit: {
                  url: 'http://audit:3002',
                  status: 'down',
                  probe: 'connect ECONNREFUSED',
                  breaker: { name: 'gateway→audit', state: 'open', failures: 5, successes: 0 },
                  inFlight: 0,
                },
              },
            },
          },
        },
      },
    },
  },
};

/** /api/docs-json: one document merged from the services' own, read through their breakers. */
@ApiExcludeController()
@Controller('api')
export class GatewayDocsController {
  constructor(@Inject(Downstreams) private readonly downstreams: Downstreams) {}

  @Get('docs-json')
  async document() {
    const read = await Promise.all(
      this.downstreams.all().map(async (downstream) => {
        const outcome = await downstream.handle({ method: 'GET', path: '/api/docs-json', headers: { accept: 'application/json' } });
        if ('refusal' in outcome || outcome.answer.status !== 200) return { name: downstream.name, document: undefined };
        return { name: downstream.name, document: JSON.parse(outcome.answer.body.toString('utf8')) as Record<string, unknown> };
      }),
    );
    return mergeOpenApi(
      read.flatMap(({ document }) => (document ? [document] : [])),
      { version: '0.1.0', health: HEALTH_OPERATION, unavailable: read.filter(({ document }) => !document).map(({ name }) => name) },
    );
  }
}
