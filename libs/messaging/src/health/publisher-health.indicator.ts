import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EventLogPublisher } from '../publisher/event-log-publisher';

export const PUBLISHERS = Symbol('kongthun.publishers');

/** Down while any publisher is stopped or its breaker is open: events are then waiting, not lost. */
@Injectable()
export class PublisherHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(PUBLISHERS) private readonly publishers: EventLogPublisher[],
  ) {}

  check(key = 'publishers') {
    const indicator = this.health.check(key);
    const publishers = this.publishers.map((publisher) => publisher.status());
    const healthy = publishers.every((status) => status.running && status.breaker.state !== 'open');
    return healthy ? indicator.up({ publishers }) : indicator.down({ publishers });
  }
}
