import { INestApplication } from '@nestjs/common';
import { FundCommitteeUsers, IDENTITY_PROCESS_ACTOR, UserAdministration, UserCommandHandler } from '@kongthun/identity-service';
import { AuthenticatedActor } from '@kongthun/http';
import { demoActors } from './demo-people';

/** The password every demo user logs in with: `KONGTHUN_DEMO_PASSWORD`, or `kongthun-demo`. */
export const demoPassword = (env: NodeJS.ProcessEnv): string => env.KONGTHUN_DEMO_PASSWORD || 'kongthun-demo';

/**
 * Every demo user can log in with its user id and the demo password. The committees' users come
 * from the funds' registration (the committee process); the auditor and the administrator are made
 * here. A password is set only where none is yet, so a password changed in the demo stays changed.
 */
export const ensureDemoLogins = async (app: INestApplication, password: string, extra: AuthenticatedActor[] = []): Promise<void> => {
  await app.get(FundCommitteeUsers).follower.settled();
  const administration = app.get(UserAdministration);
  const users = app.get(UserCommandHandler);
  for (const actor of [...Object.values(demoActors), ...extra]) {
    const state = await users.state(actor.userId);
    if (state.status === 'None')
      await administration.create(IDENTITY_PROCESS_ACTOR, { userId: actor.userId, role: actor.role, scope: actor.scope });
    if (state.status === 'None' || !state.hasPassword)
      await administration.setPassword(IDENTITY_PROCESS_ACTOR, actor.userId, password, false);
  }
};
