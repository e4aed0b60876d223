/**
 * `npm start`: the whole system on embedded defaults. Event store on PGlite under ./data, the
 * services in one process, HTTP on 127.0.0.1:3000. `--demo` loads a Phuket fund to walk through.
 */
import { join } from 'node:path';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { TokenIssuer } from '@kongthun/http';
import { FundCommandHandler, PersonalDataVault } from '@kongthun/welfare-service';
import { createEmbeddedApp, embeddedConfig, loadDemo, openEmbeddedAudit } from '@kongthun/embedded';

const main = async () => {
  const config = embeddedConfig(process.argv.slice(2), process.env);
  const sql = await PgliteSqlClient.open(join(config.dataDir, 'eventstore'));
  const store = await SqlEventStore.open(sql);
  const audit = await openEmbeddedAudit({ store, sql, dataDir: config.dataDir, hashKey: config.citizenIdKey, redFlags: config.redFlags });
  const app = await createEmbeddedApp({
    store,
    publishers: audit.publishers,
    jwtSecret: config.jwtSecret,
    citizenIdKey: config.citizenIdKey,
    serviceData: { sql, personalDataKey: config.personalDataKey },
    audit: audit.module,
    lapseIntervalMs: config.lapseIntervalMs,
    webApp: true,
  });
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  await audit.start(app);
  const tokens = app.get(TokenIssuer);
  const base = `http://${config.host}:${config.port}`;
  const lines = [`Kongthun is running: ${base}`, `Web application (Thai, English): ${base}/`, `API docs (OpenAPI): ${base}/api/docs`, `Data: ${config.dataDir}`];
  if (config.demo) {
    const demo = await loadDemo(app.get(FundCommandHandler), config.citizenIdKey, app.get(PersonalDataVault));
    lines.push(
      `Demo fund "${demo.fundName}" (${demo.fundId}) ${demo.created ? 'loaded' : 'already present'}. Tokens (12 h), use as: -H "authorization: Bearer <token>"`,
    );
    for (const user of demo.users) lines.push(`  ${user.label.padEnd(34)} ${await tokens.issue(user.actor)}`);
  } else {
    lines.push(
      'Admin token (12 h), use as: -H "authorization: Bearer <token>"',
      `  ${await tokens.issue({ userId: 'admin', role: 'admin', scope: {} })}`,
      'Run with `npm start -- --demo` for a sample fund and committee tokens.',
    );
  }
  console.log(lines.join('\n'));
  const close = async () => {
    await audit.stop();
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
