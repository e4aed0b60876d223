import { INestApplication } from '@nestjs/common';
import { ServiceHost } from './service-app';

/** One resource to let go of on shutdown: a consumer, a publisher, a connection. */
export type Stop = () => unknown;

/**
 * Listens on PORT (or the service's default) and HOST, then on SIGTERM or SIGINT lets go of each of
 * `stops` in order and exits. The app's own close is one of them, placed by the service: before
 * the stores, so no request starts against a closed one; after a consumer whose handlers use it.
 */
export const listenUntilSignalled = async (
  app: INestApplication,
  host: ServiceHost,
  stops: readonly Stop[],
  /** What the start-up line adds after the address: the topics it follows, say. */
  following = '',
): Promise<void> => {
  await app.listen(Number(process.env.PORT ?? host.defaultPort), process.env.HOST ?? '0.0.0.0');
  console.log(`${host.service} listening on ${await app.getUrl()}${following}`);
  const close = async () => {
    for (const stop of stops) await stop();
    process.exit(0);
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
};

/** Runs a service's start-up; a failure is printed and ends the process, for the orchestrator to restart it. */
export const runService = (main: () => Promise<void>): void => {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
};
