import { Client } from 'pg';

/**
 * A database of one test run on the engine's server, dropped afterwards. The services' schemas are
 * fixed (welfare, kongthun_audit), and a money-contract publisher that starts at the beginning of a
 * log older runs of other versions left behind would rightly stop at the first event it cannot
 * translate; a fresh database keeps runs apart. `url` is undefined when no server was given.
 */
export const runDatabase = (serverUrl: string | undefined, name: string) => {
  const url = serverUrl && Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const onServer = async (sql: string) => {
    if (!serverUrl) return;
    const server = new Client({ connectionString: serverUrl });
    await server.connect();
    try {
      await server.query(sql);
    } finally {
      await server.end();
    }
  };
  return { url, create: () => onServer(`CREATE DATABASE ${name}`), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
};
