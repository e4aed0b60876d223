import { InMemoryEventStore, LogCheckpoint, RecordedEvent } from '@kongthun/event-sourcing';
import { moneyContractSuite, StoryPerson } from '@kongthun/money-contract/testing';
import { fold, KeyedHasher } from '@kongthun/kernel';
import { declarationDecider, declarationStreamId } from '@kongthun/relief-domain';
import { declarationCodec } from '../commands/relief-event-codec';
import { reliefServices, STORY_ACTORS } from '../testing/relief-story';
import { reliefMoneyMessages, RELIEF_PROGRAMME } from './relief-money-messages';

const { officer, chair } = STORY_ACTORS;
const DECLARATION = 'contract-story-flood';

/** Relief's own commands for the producer suite's story: declare, allocate, register, assess, run, pay, reverse. */
const tellStory = async (person: StoryPerson) => {
  const store = new InMemoryEventStore();
  const relief = reliefServices(person.hashKey, store);
  relief.setDay('2025-11-21');
  await relief.declarations.execute(DECLARATION, officer, {
    type: 'DeclareZone',
    data: {
      declarationId: DECLARATION,
      name: 'อุทกภัยตำบลท่าตะเภา',
      disasterType: 'flood',
      areaCodes: ['860102'],
      disasterDate: '2025-11-20',
      from: '2025-11-20',
      until: '2026-02-20',
      documentRef: 'ชพ 17/2568',
      expectedHouseholds: 10,
    },
  });
  await relief.declarations.execute(DECLARATION, officer, {
    type: 'AllocateFunds',
    data: {
      allocationId: 'al-1',
      sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
      amount: '100000.00',
      receivedOn: '2025-11-21',
      documentRef: 'ชพ 18/2568',
    },
  });
  await relief.households.register(DECLARATION, officer, {
    houseRegistrationNo: '86010200012',
    villageCode: '86010201',
    head: { citizenId: person.citizenId, personalDataRef: 'pd-1' },
    members: [],
    certification: { documentRef: 'cert-1', certifierCitizenId: '3860100000018' },
    communityMeetingRef: 'meeting-1',
    payee: { method: 'bank-transfer', account: person.account },
  });
  await relief.households.assess(DECLARATION, officer, {
    houseRegistrationNo: '86010200012',
    assessmentId: 'as-1',
    floodDays: 10,
    items: [{ item: 'house-repair', quantity: 1, assessedCost: '20000.00' }],
  });
  relief.setDay('2025-12-01');
  await relief.runs.create(officer, {
    runId: 'run-1',
    declarationId: DECLARATION,
    programmeId: 'story',
    sourceName: 'กองทุน',
    method: 'bank-transfer',
    controlTotals: { count: 1, amount: '29000.00' },
  });
  await relief.runs.dryRun('run-1', officer);
  await relief.runs.approve('run-1', chair);
  let file = '';
  await relief.runs.exportBankFile('run-1', officer, (chunk) => {
    file += chunk;
  });
  const reference = file.split('\n')[1].split(',')[1];
  const upload = await relief.upload(`reference,amount,status,reason,value_date\n${reference},29000.00,SUCCESS,,2025-12-02\n`);
  await relief.imports.results('run-1', officer, upload);
  relief.setDay('2025-12-05');
  await relief.households.reverse(DECLARATION, officer, reference, 'rv-1', 'โอนผิดบัญชี');

  const sourceEvents: RecordedEvent[] = [];
  for (let after: LogCheckpoint | undefined; ;) {
    const batch = await store.readAll({ maxCount: 1000, ...(after === undefined ? {} : { after }) });
    if (batch.length === 0) break;
    for (const entry of batch) sourceEvents.push(entry.event);
    after = batch[batch.length - 1].checkpoint;
  }
  const keyId = new KeyedHasher(person.hashKey).keyId;
  const translate = async () => {
    const messages = [];
    for (const event of sourceEvents) {
      const history = event.type.startsWith('relief.zone.')
        ? (await store.readStream(declarationStreamId(DECLARATION))).slice(0, Number(event.streamRevision) + 1)
        : [];
      const zone = fold(
        declarationDecider,
        history.map((recorded) => declarationCodec.decode(recorded)),
      );
      messages.push(...reliefMoneyMessages(event, zone.status === 'Declared' ? zone : undefined, keyId));
    }
    return messages;
  };
  return { sourceEvents, translate };
};

moneyContractSuite('relief', () => ({ programme: RELIEF_PROGRAMME, tellStory }));
