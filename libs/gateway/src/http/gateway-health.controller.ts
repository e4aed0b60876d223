import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { BreakerStatus } from '@kongthun/breakers';
import { Downstream } from '../downstream/downstream';
import { Downstreams } from '../downstream/downstreams';
import { forwardRequest } from '../downstream/forward-request';

export interface DownstreamHealth {
  url: string;
  /** `up` when the service's own /health answered 200 just now. */
  status: 'up' | 'down';
  /** What its /health answered (its status code), or why it did not. */
  probe: number | string;
  breaker: BreakerStatus;
  inFlight: number;
}

export interface GatewayHealth {
  /** `ok` when every service is up; the gateway itself answers either way. */
  status: 'ok' | 'degraded';
  downstreams: Record<string, DownstreamHealth>;
}

/**
 * Public, as an orchestrator probes it without a token. Always 200 while the gateway runs: a service
 * being down is not a reason to restart the gateway, so the body says which one is.
 */
@ApiTags('health')
@Controller('health')
export class GatewayHealthController {
  constructor(@Inject(Downstreams) private readonly downstreams: Downstreams) {}

  private async probe(downstream: Downstream): Promise<DownstreamHealth> {
    const timeoutMs = this.downstreams.options.healthProbeTimeoutMs ?? 2_000;
    const probe = await forwardRequest(downstream.options.baseUrl, { method: 'GET', path: '/health', headers: {} }, timeoutMs).then(
      (answer) => answer.status,
      (error: Error) => error.message,
    );
    return {
      url: downstream.options.baseUrl,
      status: probe === 200 ? 'up' : 'down',
      probe,
      breaker: downstream.status(),
      inFlight: downstream.bulkhead.active,
    };
  }

  @Get()
  @ApiOperation({ summary: 'The gateway and each service behind it: up or down, and the state of its breaker' })
  async check(): Promise<GatewayHealth> {
    const all = this.downstreams.all();
    const reports = await Promise.all(all.map((downstream) => this.probe(downstream)));
    const downstreams = Object.fromEntries(all.map((downstream, n) => [downstream.name, reports[n]]));
    return { status: reports.every((report) => report.status === 'up') ? 'ok' : 'degraded', downstreams };
  }
}
