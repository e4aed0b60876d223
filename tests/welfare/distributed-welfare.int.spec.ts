import { JwtService } from '@nestjs/jwt';
import mongoose from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { eventFromMessage, KafkaMessageBus, topicOfContext } from '@kongthun/messaging';
import { demoCitizenId, demoRules } from '@kongthun/embedded';
import { FUND_VIEW_COLLECTIONS, MemberStatementDocument, statementDocumentId } from '@kongthun/welfare-service';
import { ServiceProcess, startService } from '../support/service-process';

/** apps/welfare-fund as its own process on PostgreSQL, the real broker and MongoDB (its views), driven over HTTP. */
describeWithEngine('kafka', 'welfare-fund service, distributed', (brokers) => {
  const databaseUrl = engineUrl('postgres');
  const mongoUrl = engineUrl('mongo');
  // A views database of its own: the service's consumer group is named after it, so it reads the topic from the start.
  const viewsDb = `kt_test_views_${uuidv7().replace(/-/g, '').slice(-12)}`;
  const secret = `jwt-${uuidv7()}`;
  const port = 3900 + Math.floor(Math.random() * 90);
  const fundId = `dist-${uuidv7().slice(-12)}`;
  let service: ServiceProcess | undefined;
  afterAll(() => service?.stop());

  (databaseUrl && mongoUrl ? it : it.skip)(
    'a claim approved over HTTP reaches Kafka as welfare.claim.approved, with its actor, and through Kafka the MongoDB views',
    async () => {
      service = await startService('welfare-fund', {
        DATABASE_URL: databaseUrl!,
        KAFKA_BROKERS: brokers,
        KONGTHUN_JWT_SECRET: secret,
        KONGTHUN_CITIZEN_ID_KEY: 'distributed-test-citizen-key',
        KONGTHUN_PERSONAL_DATA_KEY: 'distributed-test-personal-data-master-key',
        MONGO_URL: mongoUrl!,
        MONGO_DB: viewsDb,
        PORT: String(port),
      });

      const jwt = new JwtService({ secret });
      const token = (sub: string, role: string) => jwt.signAsync({ role, scope: { funds: [fundId] } }, { subject: sub, expiresIn: '1h' });
      const call = async (path: string, as: [string, string], body?: object) => {
        const response = await fetch(`http://127.0.0.1:${port}/api/welfare/funds${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await token(...as)}`, 'content-type': 'application/json' },
          body: body ? JSON.stringify(body) : undefined,
        });
        expect({ path, status: response.status, body: response.status === 201 ? null : await response.json() }).toEqual({
          path,
          status: 201,
          body: null,
        });
      };
      const treasurer: [string, string] = ['malee', 'treasurer'];
      await call('', ['admin', 'admin'], {
        fundId,
        name: 'กองทุนทดสอบ',
        areaCode: '830101',
        foundedOn: '2024-01-05',
        rules: demoRules,
        committee: [
          { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
          { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
          { userId: 'prasert', role: 'member', citizenId: demoCitizenId(903), personalDataRef: 'pd-3' },
        ],
      });
      await call(`/${fundId}/members`, treasurer, {
        memberId: 'm-1',
        citizenId: demoCitizenId(1),
        name: 'นายบุญมี ทองดี',
        planId: 'baht-a-day',
        enrolledOn: '2024-02-01',
        joiningFee: '10.00',
        beneficiary: { name: 'นางสาวสมใจ ทองดี', citizenId: null, relationship: 'บุตร' },
      });
      await call(`/${fundId}/contributions`, treasurer, {
        contributionId: 'ct-1',
        memberId: 'm-1',
        months: 12,
        amount: '360.00',
        receivedOn: '2024-02-01',
        receiptRef: 'r-1',
      });
      await call(`/${fundId}/claims`, treasurer, {
        claimId: 'c-1',
        memberId: 'm-1',
        benefit: 'birth',
        eventDate: '2024-09-01',
        evidenceRefs: ['ev'],
        amountFigures: '500.00',
        amountWords: 'ห้าร้อยบาทถ้วน',
      });
      await call(`/${fundId}/claims/c-1/approvals`, ['somchai', 'committee']);
      await call(`/${fundId}/claims/c-1/approvals`, ['prasert', 'committee']);

      const bus = new KafkaMessageBus({ brokers: brokers.split(','), clientId: 'distributed-test' });
      const approved: { approverIds: unknown; actor: unknown }[] = [];
      const consumer = await bus.consume({
        groupId: `distributed-${fundId}`,
        topics: [topicOfContext('welfare')],
        fromBeginning: true,
        handle: async (message) => {
          const event = eventFromMessage(message.value);
          if (event.type === 'welfare.claim.approved' && event.data.fundId === fundId)
            approved.push({ approverIds: event.data.approverIds, actor: event.metadata.actor });
        },
      });
      const waitUntil = Date.now() + 60_000;
      while (approved.length === 0 && Date.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 100));
      await consumer.stop();
      await bus.close();
      expect(approved).toEqual([{ approverIds: ['somchai', 'prasert'], actor: { userId: 'prasert', role: 'committee' } }]);

      // The service's own consumer projects the same topic into MongoDB; look there directly.
      const views = await mongoose.createConnection(mongoUrl as string, { dbName: viewsDb }).asPromise();
      try {
        const statements = views.collection<{ _id: string; streamId: string; revision: number; body: MemberStatementDocument }>(
          FUND_VIEW_COLLECTIONS.statements,
        );
        const id = statementDocumentId(fundId, 'm-1');
        const viewsDeadline = Date.now() + 60_000;
        let statement = await statements.findOne({ _id: id });
        while (statement?.body.statement.claims[0]?.status !== 'approved' && Date.now() < viewsDeadline) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          statement = await statements.findOne({ _id: id });
        }
        expect(statement).toMatchObject({
          body: {
            fundId,
            statement: {
              memberId: 'm-1',
              claims: [{ claimId: 'c-1', benefit: 'birth', amount: '500.00', status: 'approved', payout: null }],
            },
          },
        });
        const read = async (path: string) => {
          const response = await fetch(`http://127.0.0.1:${port}/api/welfare/funds/${fundId}${path}`, {
            headers: { authorization: `Bearer ${await token(...treasurer)}` },
          });
          return { status: response.status, body: (await response.json()) as { claims: object[] } };
        };
        expect(await read('/claims/awaiting-approval')).toEqual({ status: 200, body: [] });
        expect(await read('/members/m-1/statement')).toMatchObject({
          status: 200,
          body: { claims: statement?.body.statement.claims, arrears: { months: expect.any(Number) } },
        });
        // Served from that document, not folded from the stream: a change made behind the service's back shows.
        await statements.updateOne({ _id: id }, { $set: { 'body.statement.claims.0.evidence': 'seen-in-mongo' } });
        expect((await read('/members/m-1/statement')).body.claims[0]).toMatchObject({ claimId: 'c-1', evidence: 'seen-in-mongo' });
      } finally {
        await views.dropDatabase();
        await views.close();
      }
    },
    180_000,
  );
});
