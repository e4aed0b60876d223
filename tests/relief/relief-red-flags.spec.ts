import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InMemoryEventStore, LogCheckpoint, RecordedEvent } from '@kongthun/event-sourcing';
import { fold, KeyedHasher } from '@kongthun/kernel';
import { MoneyMessage, parseMoneyMessage } from '@kongthun/money-contract';
import {
  NO_REFERENCE,
  parseRedFlagConfig,
  parseVillageHouseholds,
  RedFlagConfig,
  RedFlagFinding,
  RedFlagReference,
  redFlagReference,
  scanRedFlags,
} from '@kongthun/audit-red-flags';
import { declarationDecider, declarationStreamId } from '@kongthun/relief-domain';
import { declarationCodec, reliefMoneyMessages } from '@kongthun/relief-service';
import { reliefServices, STORY_ACTORS } from '@kongthun/relief-service/testing';
import { citizenId, houseNo, household } from './embedded-relief-fixture';

const HASH_KEY = 'relief-red-flag-tests-key-32-bytes';
const configJson = JSON.parse(readFileSync(join(__dirname, '../../config/red-flags.json'), 'utf8')) as Record<string, unknown>;
const config = parseRedFlagConfig(configJson);
/** The demo villages' counts, as the auditor imports them. */
const demoVillages = parseVillageHouseholds(
  JSON.parse(readFileSync(join(__dirname, '../../config/village-households/chumphon-demo.json'), 'utf8')),
);
const { officer, chair } = STORY_ACTORS;

/** Relief's own commands, then the auditor's rules over nothing but the money contract they publish. */
const scenario = async (
  story: (relief: ReturnType<typeof reliefServices>) => Promise<void>,
  { thresholds = config, reference = NO_REFERENCE }: { thresholds?: RedFlagConfig; reference?: RedFlagReference } = {},
): Promise<RedFlagFinding[]> => {
  const store = new InMemoryEventStore();
  const relief = reliefServices(HASH_KEY, store);
  await story(relief);
  const messages: MoneyMessage[] = [];
  for (let after: LogCheckpoint | undefined; ;) {
    const batch = await store.readAll({ maxCount: 1000, ...(after === undefined ? {} : { after }) });
    if (batch.length === 0) break;
    for (const { event } of batch) {
      const history = event.type.startsWith('relief.zone.')
        ? (await store.readStream(declarationStreamId((event.data as { declarationId: string }).declarationId))).slice(
            0,
            Number(event.streamRevision) + 1,
          )
        : [];
      const zone = fold(
        declarationDecider,
        history.map((recorded: RecordedEvent) => declarationCodec.decode(recorded)),
      );
      messages.push(
        ...reliefMoneyMessages(event, zone.status === 'Declared' ? zone : undefined, new KeyedHasher(HASH_KEY).keyId).map((message) =>
          parseMoneyMessage(JSON.parse(JSON.stringify(message))),
        ),
      );
    }
    after = batch[batch.length - 1].checkpoint;
  }
  return scanRedFlags(messages, thresholds, undefined, reference).findings;
};

const declare = (relief: ReturnType<typeof reliefServices>, declarationId: string, areaCodes = ['860101', '860102']) =>
  relief.declarations.execute(declarationId, officer, {
    type: 'DeclareZone',
    data: {
      declarationId,
      name: 'อุทกภัย',
      disasterType: 'flood',
      areaCodes,
      disasterDate: '2025-11-20',
      from: '2025-11-20',
      until: '2026-02-20',
      documentRef: 'ประกาศ',
      expectedHouseholds: 10,
    },
  });

/** Registers, assesses (house repair 20,000) and pays households through one run; returns the bank file's references. */
const payAll = async (
  relief: ReturnType<typeof reliefServices>,
  declarationId: string,
  people: ReturnType<typeof household>[],
  runId: string,
  beforeSettling?: () => Promise<void>,
) => {
  relief.setDay('2025-11-21');
  for (const person of people) {
    await relief.households.register(declarationId, officer, person);
    await relief.households.assess(declarationId, officer, {
      houseRegistrationNo: person.houseRegistrationNo,
      assessmentId: `as-${runId}-${person.houseRegistrationNo}`,
      floodDays: null,
      items: [{ item: 'house-repair', quantity: 1, assessedCost: '20000.00' }],
    });
  }
  relief.setDay('2025-12-01');
  await relief.runs.create(officer, {
    runId,
    declarationId,
    programmeId: runId,
    sourceName: 'x',
    method: 'bank-transfer',
    controlTotals: { count: people.length, amount: `${20000 * people.length}.00` },
  });
  await relief.runs.dryRun(runId, officer);
  await relief.runs.approve(runId, chair);
  let file = '';
  await relief.runs.exportBankFile(runId, officer, (chunk) => {
    file += chunk;
  });
  await beforeSettling?.();
  const lines = file
    .trim()
    .split('\n')
    .slice(1, -1)
    .map((line) => line.split(','));
  relief.setDay('2025-12-03');
  await relief.imports.results(
    runId,
    officer,
    await relief.upload(
      `reference,amount,status,reason,value_date\n${lines.map(([, reference, , amount]) => `${reference},${amount},SUCCESS,,2025-12-02`).join('\n')}\n`,
    ),
  );
};

describe('the auditor’s red flags over relief’s money contract', () => {
  it('a payment settled after its village’s subdistrict was removed from the zone is paid outside the area', async () => {
    const findings = await scenario(async (relief) => {
      await declare(relief, 'd-area');
      await payAll(relief, 'd-area', [household(1, '86010201')], 'run-area', async () => {
        await relief.declarations.execute('d-area', officer, {
          type: 'AmendZone',
          data: { amendmentId: 'am-1', addAreas: [], removeAreas: ['860102'], documentRef: 'แก้ไขประกาศ' },
        });
      });
    });
    expect(findings.map((finding) => finding.rule)).toContain('red-flag.paid-outside-unit-area');
  });

  it('one account paid for three households is one account for many households', async () => {
    const findings = await scenario(async (relief) => {
      await declare(relief, 'd-account');
      const shared = (n: number) => ({ ...household(n), payee: { method: 'bank-transfer' as const, account: '020-1-99999-7' } });
      await payAll(relief, 'd-account', [shared(1), shared(2), shared(3)], 'run-account');
    });
    expect(findings.filter((finding) => finding.rule === 'red-flag.shared-payee-account')).toHaveLength(1);
  });

  it('a household head paid house repair for the same disaster under two declarations is paid twice', async () => {
    const findings = await scenario(async (relief) => {
      await declare(relief, 'd-flood');
      await declare(relief, 'd-storm');
      await payAll(relief, 'd-flood', [household(1)], 'run-flood');
      await payAll(
        relief,
        'd-storm',
        [{ ...household(1), houseRegistrationNo: houseNo(77), head: { ...household(1).head, phone: '0810000077' } }],
        'run-storm',
      );
    });
    expect(findings.map((finding) => finding.rule)).toContain('red-flag.duplicate-payment');
  });

  it('a village of 2 households by the imported count with 3 registered is a village with more registered households than it has', async () => {
    const village = '86010105';
    const findings = await scenario(
      async (relief) => {
        await declare(relief, 'd-ghosts');
        relief.setDay('2025-11-21');
        for (const n of [1, 2, 3]) await relief.households.register('d-ghosts', officer, household(n, village));
      },
      { reference: redFlagReference([...demoVillages, { villageCode: village, households: 2, source: 'DOPA test', asOf: '2025-10-31' }]) },
    );
    expect(findings.filter((finding) => finding.rule === 'red-flag.village-over-households')).toMatchObject([
      { programme: 'relief', unitId: 'd-ghosts', areaCode: village, details: { registered: 3, referenceHouseholds: 2 } },
    ]);
  });

  it('a kamnan certifying a 20th household where four village heads certified 5 each is one certifier far above their peers', async () => {
    const certified = (n: number, certifier: number) => ({
      ...household(n, `8601010${(certifier % 5) + 1}`),
      certification: { documentRef: `cert-${n}`, certifierCitizenId: citizenId(900 + certifier) },
    });
    const findings = await scenario(async (relief) => {
      await declare(relief, 'd-kamnan');
      relief.setDay('2025-11-21');
      let n = 0;
      for (const head of [1, 2, 3, 4])
        for (let i = 0; i < 5; i += 1) await relief.households.register('d-kamnan', officer, certified(++n, head));
      for (let i = 0; i < 21; i += 1) await relief.households.register('d-kamnan', officer, certified(++n, 0));
    });
    expect(findings.filter((finding) => finding.rule === 'red-flag.certifier-above-peers')).toMatchObject([
      { programme: 'relief', unitId: 'd-kamnan', details: { certifications: 20, peers: 4, peerMedian: 5, thresholdValue: 3 } },
    ]);
  });

  it('near miss: the same declaration with the kamnan at 15 households raises nothing', async () => {
    const certified = (n: number, certifier: number) => ({
      ...household(n),
      certification: { documentRef: `cert-${n}`, certifierCitizenId: citizenId(900 + certifier) },
    });
    const findings = await scenario(
      async (relief) => {
        await declare(relief, 'd-kamnan-ok');
        relief.setDay('2025-11-21');
        let n = 0;
        for (const head of [1, 2, 3, 4])
          for (let i = 0; i < 5; i += 1) await relief.households.register('d-kamnan-ok', officer, certified(++n, head));
        for (let i = 0; i < 15; i += 1) await relief.households.register('d-kamnan-ok', officer, certified(++n, 0));
      },
      { thresholds: parseRedFlagConfig({ ...configJson, certifierPeers: { minCertifications: 10 } }) },
    );
    expect(findings).toEqual([]);
  });

  it('a clean run raises nothing', async () => {
    const findings = await scenario(
      async (relief) => {
        await declare(relief, 'd-clean');
        await payAll(relief, 'd-clean', [household(1), household(2)], 'run-clean');
      },
      { reference: redFlagReference(demoVillages) },
    );
    expect(findings).toEqual([]);
  });
});
