import { moneyContractSuite, StoryPerson } from '@kongthun/money-contract/testing';
import { reliefMoneyMessages, STAND_IN_PROGRAMME, StandInReliefProducer } from './stand-in-relief-producer';

const tellStory = async (person: StoryPerson) => {
  const producer = new StandInReliefProducer(person.hashKey);
  await producer.declare('flood-8601', ['8601'], '2026-10-01', '2027-03-31');
  await producer.receiveBudget('flood-8601', 'b-1', '5000000.00', '2026-10-05');
  await producer.pay('flood-8601', {
    paymentId: 'pay-1',
    citizenId: person.citizenId,
    account: person.account,
    category: 'medical',
    eventDate: '2026-10-03',
    amount: '3000.00',
    paidOn: '2026-10-20',
    areaCode: '86010101',
  });
  await producer.reverse('flood-8601', 'rv-1', 'pay-1', '3000.00', '2026-10-21');
  const sourceEvents = await producer.store.readStream('relief-declaration-flood-8601');
  return { sourceEvents, translate: async () => sourceEvents.flatMap((event) => reliefMoneyMessages(event, producer.hasher.keyId)) };
};

moneyContractSuite('stand-in disaster relief', () => ({ programme: STAND_IN_PROGRAMME, tellStory }));
