import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@kongthun/http';
import { PublisherHealthIndicator } from './publisher-health.indicator';

/** Public: an orchestrator's liveness probe carries no token. It shows breaker states, never data. */
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly publishers: PublisherHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([() => this.publishers.check()]);
  }
}
