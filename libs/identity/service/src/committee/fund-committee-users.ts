import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventStore } from '@kongthun/event-sourcing';
import { EventLogFollower } from '@kongthun/read-models';
import { FundCommitteeProcess } from './fund-committee-process';

/**
 * A fund's committee users are created with the fund, in the embedded host: `FundCommitteeProcess`
 * follows the programmes' event log. A process reacting to the event rather than a step of the
 * registration request: welfare's command path stays unaware of users, the users follow from the
 * log alone (a replay makes the same ones), and the same process runs from Kafka in the
 * distributed topology (`consumeFundCommittees`).
 */
export class FundCommitteeUsers implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('FundCommitteeUsers');
  readonly follower: EventLogFollower;

  constructor(store: EventStore, process: FundCommitteeProcess) {
    this.follower = new EventLogFollower(store, {
      handle: (event) => process.handle(event),
      onError: (error) => this.logger.error(`creating committee users failed: ${error instanceof Error ? error.stack : String(error)}`),
    });
  }

  onModuleInit(): Promise<void> {
    return this.follower.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.follower.stop();
  }
}
