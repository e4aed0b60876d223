import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@kongthun/http';
import { BreakersHealthIndicator } from './breakers-health.indicator';
import { PublisherHealthIndicator } from './publisher-health.indicator';

/** Public: an orchestrator's liveness probe carries no token. It shows breaker states, never data. */
@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly publishers: PublisherHealthIndicator,
    private readonly breakers: BreakersHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and the state of each breaker (503 when one is open)' })
  @HealthCheck()
  check() {
    return this.health.check([() => this.publishers.check(), () => this.breakers.check()]);
  }
}
