import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Breakers } from '@kongthun/breakers';

export const BREAKERS = Symbol('kongthun.breakers');

/** Every breaker of the process (consumers, read models, source stores); down while one is open. */
@Injectable()
export class BreakersHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(BREAKERS) private readonly breakers: Breakers,
  ) {}

  check(key = 'breakers') {
    const indicator = this.health.check(key);
    const breakers = this.breakers.statuses();
    return breakers.every((status) => status.state !== 'open') ? indicator.up({ breakers }) : indicator.down({ breakers });
  }
}
