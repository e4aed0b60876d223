import { readFileSync, writeFileSync } from 'node:fs';
import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { createEmbeddedApp, openEmbeddedAudit, openEmbeddedFinance } from '@kongthun/embedded';
import { discoverRoutes, roleMatrixMarkdown, withRoleMatrix } from '@kongthun/identity-service';

export const ROLE_MATRIX_USAGE = `usage: kongthun role-matrix [--write [README.md]]
วิธีใช้: kongthun role-matrix [--write [README.md]]

Prints who may call each route (every role × every endpoint), read from the routes' own @Roles and
@Public metadata in the embedded host; --write puts the table into the README between its markers.`;

/** The whole embedded host, in memory, as the matrix must cover every module's routes. */
export const embeddedRoleMatrix = async (): Promise<string> => {
  const store = new InMemoryEventStore();
  const audit = await openEmbeddedAudit({ store, signEveryMs: 0, checkEveryMs: 0, hashKey: 'role-matrix-key-not-a-secret' });
  const finance = await openEmbeddedFinance({ bus: audit.bus });
  const app = await createEmbeddedApp({
    store,
    publishers: audit.publishers,
    jwtSecret: 'role-matrix-secret-not-a-secret',
    citizenIdKey: 'role-matrix-key-not-a-secret',
    logger: false,
    audit: audit.module,
    lapseIntervalMs: 0,
    finance: finance.module,
  });
  try {
    return roleMatrixMarkdown(discoverRoutes(app));
  } finally {
    await app.close();
    await audit.stop();
    await finance.stop();
  }
};

export const runRoleMatrix = async (argv: readonly string[], print: (line: string) => void): Promise<number> => {
  const table = await embeddedRoleMatrix();
  if (argv[0] !== '--write') {
    print(table);
    return 0;
  }
  const file = argv[1] ?? 'README.md';
  writeFileSync(file, withRoleMatrix(readFileSync(file, 'utf8'), table));
  print(`role matrix written to ${file}`);
  return 0;
};
