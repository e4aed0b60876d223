/**
 * `npm start`: the whole system on embedded defaults. Event store on PGlite under ./data, the
 * services in one process, HTTP on 127.0.0.1:3000. `--demo` loads a Phuket fund to walk through.
 */
import { join } from 'node:path';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { oidcOptionsFromEnv, TokenIssuer } from '@kongthun/http';
import { FundCommandHandler, PersonalDataVault } from '@kongthun/welfare-service';
import { observabilityFromEnv } from '@kongthun/observability';
import {
  createEmbeddedApp,
  demoPassword,
  embeddedConfig,
  ensureDemoLogins,
  loadDemo,
  loadGrantsDemo,
  loadReliefDemo,
  openEmbeddedAudit,
  openEmbeddedFinance,
  reliefDemoUsers,
  financeDemoUsers,
} from '@kongthun/embedded';
import { GrantsCommandHandler } from '@kongthun/grants-service';
import { sessionOptionsFromEnv } from '@kongthun/identity-service';

const main = async () => {
  const config = embeddedConfig(process.argv.slice(2), process.env);
  const sql = await PgliteSqlClient.open(join(config.dataDir, 'eventstore'));
  const store = await SqlEventStore.open(sql);
  const audit = await openEmbeddedAudit({ store, sql, dataDir: config.dataDir, hashKey: config.citizenIdKey, redFlags: config.redFlags });
  const finance = await openEmbeddedFinance({ bus: audit.bus, dataDir: config.dataDir });
  const app = await createEmbeddedApp({
    store,
    publishers: audit.publishers,
    jwtSecret: config.jwtSecret,
    citizenIdKey: config.citizenIdKey,
    serviceData: { sql, personalDataKey: config.personalDataKey },
    audit: audit.module,
    lapseIntervalMs: config.lapseIntervalMs,
    observability: observabilityFromEnv('embedded', process.env),
    finance: finance.module,
    webApp: true,
    sessions: sessionOptionsFromEnv(process.env),
    oidc: oidcOptionsFromEnv(process.env),
  });
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  await finance.start();
  await audit.start(app);
  const tokens = app.get(TokenIssuer);
  const base = `http://${config.host}:${config.port}`;
  const lines = [
    `Kongthun is running: ${base}`,
    `Web application (Thai, English): ${base}/`,
    `API docs (OpenAPI): ${base}/api/docs`,
    `Data: ${config.dataDir}`,
  ];
  if (config.demo) {
    const demo = await loadDemo(app.get(FundCommandHandler), config.citizenIdKey, app.get(PersonalDataVault));
    const grants = await loadGrantsDemo(app.get(GrantsCommandHandler), config.citizenIdKey);
    const relief = await loadReliefDemo(app);
    const password = demoPassword(process.env);
    await ensureDemoLogins(
      app,
      password,
      [...grants.users, ...reliefDemoUsers, ...financeDemoUsers].map((user) => user.actor),
    );
    lines.push(
      `Demo fund "${demo.fundName}" (${demo.fundId}) ${demo.created ? 'loaded' : 'already present'}. Tokens (12 h), use as: -H "authorization: Bearer <token>"`,
      `Or log in: POST ${base}/api/auth/login {"username": <user id>, "password": "${password}"} (KONGTHUN_DEMO_PASSWORD)`,
    );
    for (const user of demo.users)
      lines.push(`  ${user.label.padEnd(34)} ${user.actor.userId.padEnd(15)} ${await tokens.issue(user.actor)}`);
    lines.push(
      `  ${'ผู้ดูแลระบบ (admin)'.padEnd(34)} ${'admin'.padEnd(15)} ${await tokens.issue({ userId: 'admin', role: 'admin', scope: {} })}`,
    );
    lines.push(`Demo grants programme "${grants.name}" (${grants.programmeId}) ${grants.created ? 'loaded' : 'already present'}:`);
    for (const user of grants.users)
      lines.push(`  ${user.label.padEnd(34)} ${user.actor.userId.padEnd(15)} ${await tokens.issue(user.actor)}`);
    lines.push(
      `Relief demo: Chumphon flood (chumphon-flood-demo) ${relief.created ? 'loaded' : 'already present'}; GET /api/relief/declarations/chumphon-flood-demo`,
    );
    for (const user of reliefDemoUsers)
      lines.push(`  ${user.label.padEnd(34)} ${user.actor.userId.padEnd(15)} ${await tokens.issue(user.actor)}`);
    lines.push(`Provincial finance (${base}/#/finance):`);
    for (const user of financeDemoUsers)
      lines.push(`  ${user.label.padEnd(34)} ${user.actor.userId.padEnd(15)} ${await tokens.issue(user.actor)}`);
  } else {
    lines.push(
      'Admin token (12 h), use as: -H "authorization: Bearer <token>"',
      `  ${await tokens.issue({ userId: 'admin', role: 'admin', scope: {} })}`,
      'Run with `npm start -- --demo` for a sample fund and committee tokens.',
      'Users who log in with a password (POST /api/auth/login): stop the host, then `npm run kongthun -- users create <id> --role admin --password <10+ chars>`.',
    );
  }
  console.log(lines.join('\n'));
  const close = async () => {
    await audit.stop();
    await finance.stop();
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
