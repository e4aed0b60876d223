import { z } from 'zod/v4';
import { addDays, dateOfInstant } from '@kongthun/kernel';
import { reliefAnswers } from '@kongthun/relief-service';
import { houseNo, household, startEmbeddedRelief } from '../relief/embedded-relief-fixture';

const today = dateOfInstant(new Date().toISOString());
const DECLARATION = 'cp-flood-openapi';

/**
 * The relief routes answer what the OpenAPI document says: each real body, taken through a
 * declaration's whole life (register, assess, pay, reconcile, reverse, close), parses under its
 * route's documented schema with nothing left over.
 */
describe('relief commands, imports and views answer what the document says', () => {
  let relief: Awaited<ReturnType<typeof startEmbeddedRelief>>;
  beforeAll(async () => {
    relief = await startEmbeddedRelief();
  });
  afterAll(() => relief?.close());

  const fits = async <Schema extends z.ZodType>(schema: Schema, call: PromiseLike<{ status: number; body: unknown }>, status = 201) => {
    const answer = await call;
    expect({ status: answer.status, body: answer.status === status ? 'answered' : answer.body }).toEqual({ status, body: 'answered' });
    const parsed = schema.safeParse(answer.body);
    expect(parsed.success ? 'fits' : parsed.error.message).toBe('fits');
    // The schemas are strict (an unnamed field fails); the equality also catches a default or transform filling in.
    expect(parsed.data).toEqual(answer.body);
    return answer.body as z.output<Schema>;
  };
  const recorded = reliefAnswers.recordedAnswer;

  it('a declaration from its zone to a closed payment run, and the views of it', async () => {
    const { post, postCsv, get } = relief;
    const declaration = `/declarations/${DECLARATION}`;
    await fits(
      recorded,
      post('/declarations', 'officer', {
        declarationId: DECLARATION,
        name: 'อุทกภัยอำเภอเมืองชุมพร',
        disasterType: 'flood',
        areaCodes: ['860101'],
        disasterDate: addDays(today, -10),
        from: addDays(today, -10),
        until: addDays(today, 60),
        documentRef: 'ประกาศจังหวัดชุมพร ที่ 17',
        expectedHouseholds: 100,
      }),
    );
    await fits(
      recorded,
      post(`${declaration}/amendments`, 'officer', {
        amendmentId: 'am-1',
        addAreas: ['86010401'],
        removeAreas: [],
        documentRef: 'ประกาศ 18',
      }),
    );
    await fits(recorded, post(`${declaration}/extensions`, 'officer', { until: addDays(today, 90), documentRef: 'ประกาศ 19' }));
    await fits(
      recorded,
      post(`${declaration}/allocations`, 'officer', {
        allocationId: 'al-1',
        sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
        amount: '500000.00',
        receivedOn: today,
        documentRef: 'ชพ 18',
      }),
    );

    await fits(recorded, post(`${declaration}/households`, 'officer', household(1)));
    const h = household(2);
    const row = [
      h.houseRegistrationNo,
      h.villageCode,
      h.head.citizenId,
      h.head.name,
      '',
      '',
      '',
      'cert',
      h.certification.certifierCitizenId,
      'ประชาคม',
      'bank-transfer',
      h.payee.account,
    ];
    const header =
      'house_registration_no,village_code,head_citizen_id,head_name,head_phone,member_citizen_ids,member_names,certificate_ref,certifier_citizen_id,community_meeting_ref,payee_method,payee_account';
    const registered = await fits(
      reliefAnswers.bulkAnswer,
      postCsv(`${declaration}/households/import`, 'officer', `${header}\n${row.join(',')}\n${row.join(',')}\n`),
      200,
    );
    expect(registered).toMatchObject({ rows: 2, accepted: 1, refused: 1 });

    await fits(
      recorded,
      post(`${declaration}/assessments`, 'officer', {
        houseRegistrationNo: houseNo(1),
        assessmentId: 'as-1',
        floodDays: 12,
        items: [{ item: 'house-repair', quantity: 1, assessedCost: '60000.00' }],
      }),
    );
    await fits(
      reliefAnswers.bulkAnswer,
      postCsv(
        `${declaration}/assessments/import`,
        'officer',
        `house_registration_no,assessment_id,flood_days,items\n${houseNo(2)},as-2,5,clothing:3:\n`,
      ),
      200,
    );

    // 1: 49,500 + 9,000; 2: 3,300 + 9,000 (as the life spec reckons the Chumphon rate table)
    const total = '70800.00';
    await fits(
      recorded,
      post('/runs', 'officer', {
        runId: 'oa-run-1',
        declarationId: DECLARATION,
        programmeId: 'cp-social-fund',
        sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
        method: 'bank-transfer',
        controlTotals: { count: 2, amount: total },
      }),
    );
    const dry = await fits(reliefAnswers.dryRunAnswer, post('/runs/oa-run-1/dry-run', 'officer'), 200);
    expect(dry).toMatchObject({ applicableCount: 2, applicableAmount: total });
    await fits(recorded, post('/runs/oa-run-1/approvals', 'chair'));

    const file = await post('/runs/oa-run-1/bank-file', 'officer').expect(200);
    expect(file.headers['content-type']).toContain('text/csv');
    const [first, second] = file.text
      .trim()
      .split('\n')
      .slice(1, -1)
      .map((line) => line.split(','));
    const imported = await fits(
      reliefAnswers.resultImportAnswer,
      postCsv(
        '/runs/oa-run-1/results',
        'officer',
        `reference,amount,status,reason,value_date\n${first[1]},${first[3]},SUCCESS,,${today}\n${second[1]},${second[3]},FAILED,ACCOUNT CLOSED,${today}\n`,
      ),
      200,
    );
    expect(imported).toMatchObject({ lines: 2, paid: 1, failed: 1 });
    await fits(recorded, post(`${declaration}/payments/${first[1]}/reversal`, 'officer', { reversalId: 'rv-1', reason: 'โอนผิดครัวเรือน' }));

    await fits(reliefAnswers.runStatusAnswer, get('/runs/oa-run-1', 'chair'), 200);
    await fits(reliefAnswers.dashboardAnswer, get(declaration, 'auditor'), 200);
    for (const n of [1, 2]) {
      const timeline = await fits(reliefAnswers.timelineAnswer, get(`${declaration}/households/${houseNo(n)}/timeline`, 'auditor'), 200);
      expect(timeline.entries.length).toBeGreaterThanOrEqual(4);
    }
    await fits(recorded, post('/runs/oa-run-1/close', 'officer', { reason: 'กระทบยอดแล้ว' }), 200);

    const declarations = await fits(reliefAnswers.declarationsPageAnswer, get('/declarations', 'officer'), 200);
    expect(declarations.items.map((item) => item.declarationId)).toContain(DECLARATION);
    const households = await fits(reliefAnswers.householdsPageAnswer, get(`${declaration}/households?limit=1`, 'auditor'), 200);
    expect(households.nextCursor).not.toBeNull();
    const runs = await fits(reliefAnswers.declarationRunsAnswer, get(`${declaration}/runs`, 'chair'), 200);
    expect(runs.items.map((run) => run.status)).toEqual(['Closed']);
  });
});
