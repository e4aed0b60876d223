import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventStore } from '@kongthun/event-sourcing';
import { EventLogFollower } from '@kongthun/read-models';
import { FundProjection } from './fund-projection';

/**
 * The embedded host's feed of the fund views: the projection follows the event log in this process,
 * from its start at every boot (the in-memory views are rebuilt) and live after that. The module
 * starts only once the rebuild is done, so the first request already sees every stored event.
 */
export class EventLogFollowing implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('FundViews');
  readonly follower: EventLogFollower;

  constructor(store: EventStore, projection: FundProjection) {
    this.follower = new EventLogFollower(store, {
      handle: async (event) => void (await projection.project(event)),
      onError: (error) =>
        this.logger.error(
          `projecting the event log failed; starting again from the failed event: ${error instanceof Error ? error.stack : String(error)}`,
        ),
    });
  }

  onModuleInit(): Promise<void> {
    return this.follower.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.follower.stop();
  }
}
