import { join } from 'node:path';
import { eventLeafData, LedgerEvent, MerkleTree } from '@kongthun/audit-ledger';
import { hostFacts } from '../host-facts';
import { readConfig } from './config';
import { ProofResult, RateResult, treeBench, verificationBench } from './memory-bench';
import { formatProofs, formatRates, formatScale, formatScannerStates, writeJson } from './report';
import { storeBench, StoreResult } from './store-bench';
import { incrementalBench } from './incremental-bench';
import { hashedBytes, hashingBaseline, ledgerEvents } from './workload';

const n = (x: number): string => x.toLocaleString('en-US');

const main = async (): Promise<void> => {
  const config = readConfig();
  const facts = hostFacts();
  const stores = (['pglite', 'pg'] as const).filter((s) => config.subjects.includes(s) && (s !== 'pg' || config.databaseUrl));
  console.log(
    `Machine: ${facts.cpus} × ${facts.cpuModel}, ${facts.memoryGiB} GiB, Node ${facts.node}, ${facts.platform}, load ${facts.loadAverage.join(' ')}`,
  );
  console.log(`Sizes:   in-memory tree to ${config.treeSizes.map(n).join(' and ')} leaves, ${n(config.proofs)} proofs at each;`);
  console.log(
    `         stores ${stores.join(', ') || 'none'}${config.databaseUrl ? '' : ' (DATABASE_URL not set: no PG)'}: ${n(config.singleAppends)} single appends, then batches of ${n(config.batch)} to ${config.storeSizes.map(n).join(' and ')}, ${n(config.storeProofs)} proofs at each;`,
  );
  console.log(`         full verification of ${n(config.verifyEvents)} events in memory, and of each store at its final size`);
  console.log(`Parts:   ${config.parts.join(', ')}\n`);

  const ledger = config.parts.includes('ledger');
  const storeMax = ledger && stores.length ? config.storeSizes[config.storeSizes.length - 1] : 0;
  let started = performance.now();
  const events = ledgerEvents(ledger ? Math.max(config.verifyEvents, storeMax) : 0, config.streams);
  const bytes = events.map(hashedBytes);
  if (ledger)
    console.log(
      `made ${n(events.length)} events over ${n(config.streams)} streams, ${Math.round(bytes.reduce((s, b) => s + b.length, 0) / bytes.length)} B canonical JSON each (untimed, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  const eventBaseline: RateResult = {
    subject: 'node:crypto: sha256(canonical JSON) + leaf hash',
    count: bytes.length,
    seconds: 0,
    perSec: hashingBaseline(bytes),
  };
  eventBaseline.seconds = eventBaseline.count / eventBaseline.perSec;

  let tree: ReturnType<typeof treeBench> | undefined;
  let verification: RateResult | undefined;
  if (ledger && config.subjects.includes('memory')) {
    process.stdout.write('in-memory tree ... ');
    started = performance.now();
    tree = treeBench(config);
    const parsed = JSON.parse(JSON.stringify(events.slice(0, config.verifyEvents))) as LedgerEvent[];
    const reference = new MerkleTree();
    parsed.forEach((e) => reference.append(eventLeafData(e)));
    verification = verificationBench(parsed, reference.root());
    console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const storeResults: StoreResult[] = [];
  for (const subject of ledger ? stores : []) {
    process.stdout.write(`${subject} store ... `);
    started = performance.now();
    storeResults.push(await storeBench(subject, config, events));
    console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const incremental = await incrementalBench(config, stores);

  console.log('');
  if (tree) console.log(`${formatRates('leaf appends (32-byte leaf data)', 'leaves/s', tree.appends)}\n`);
  const eventAppends = storeResults.flatMap((s) => s.appends);
  if (eventAppends.length) console.log(`${formatRates('event appends (full envelope)', 'events/s', [eventBaseline, ...eventAppends])}\n`);
  const proofs: ProofResult[] = [...(tree?.proofs ?? []), ...storeResults.flatMap((s) => s.proofs)];
  if (proofs.length) console.log(`${formatProofs(proofs)}\n`);
  const verifies = [...(verification ? [verification] : []), ...storeResults.map((s) => s.verify)];
  if (verifies.length)
    console.log(
      `${formatRates('full ledger verification', 'events/s', [{ ...eventBaseline, count: verifies[0].count, seconds: verifies[0].count / eventBaseline.perSec }, ...verifies])}\n`,
    );
  if (incremental.chain.length) console.log(`${formatScale('chain check: incremental vs full', incremental.chain)}\n`);
  if (incremental.findings.length) console.log(`${formatScale('findings: page vs FindingsLog.list()', incremental.findings)}\n`);
  if (incremental.scanner.length)
    console.log(
      `${formatScale('red flags: restart vs replay from 0', incremental.scanner)}\n\n${formatScannerStates(incremental.scannerStates)}\n`,
    );
  console.log('vs node:crypto: the figure divided by node:crypto hashing the same bytes in this run (leaves: one leaf hash each;');
  console.log('events: their canonical JSON, then a leaf hash; proofs: as many 64-byte node hashes as the path is long).');
  console.log('† PGlite: PostgreSQL compiled to WASM in this process, memory://, one session, no fsync.');

  const file = join(__dirname, '.results', 'latest.json');
  writeJson(file, {
    finishedAt: new Date().toISOString(),
    machine: facts,
    config: { ...config, databaseUrl: config.databaseUrl ? 'set' : undefined },
    eventBaseline,
    tree,
    verification,
    stores: storeResults,
    incremental,
  });
  console.log(`\nResults: ${file}`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
