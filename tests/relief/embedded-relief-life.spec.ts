import { addDays, dateOfInstant } from '@kongthun/kernel';
import { houseNo, household, REGISTRATION_HEADER, registrationRow, startEmbeddedRelief } from './embedded-relief-fixture';

const today = dateOfInstant(new Date().toISOString());
const DECLARATION = 'cp-flood-test';
const declaration = {
  declarationId: DECLARATION,
  name: 'อุทกภัยอำเภอเมืองชุมพร',
  disasterType: 'flood',
  areaCodes: ['860101', '86010401'],
  disasterDate: addDays(today, -10),
  from: addDays(today, -10),
  until: addDays(today, 60),
  documentRef: 'ประกาศจังหวัดชุมพร ที่ 17',
  expectedHouseholds: 2500,
};
const RESULT_HEADER = 'reference,amount,status,reason,value_date\n';

describe('a declaration’s whole life through the embedded API', () => {
  let relief: Awaited<ReturnType<typeof startEmbeddedRelief>>;
  beforeAll(async () => {
    relief = await startEmbeddedRelief();
  });
  afterAll(() => relief.close());

  /** Expects the call to be refused with this status and code, and the store to be unchanged. */
  const refused = async (call: () => PromiseLike<{ status: number; body: { code?: string } }>, status: number, code: string) => {
    const before = await relief.eventCount();
    const response = await call();
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.body).toHaveProperty('messageTh');
    expect(await relief.eventCount()).toBe(before);
  };

  let references: string[] = [];
  let failedReference = '';

  it('declares the zone, registers, assesses, runs, pays, reconciles, reverses and retries', async () => {
    const { post, postCsv, get } = relief;
    await post('/declarations', 'officer', declaration).expect(201);
    await post(`/declarations/${DECLARATION}/allocations`, 'officer', {
      allocationId: 'al-1',
      sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
      amount: '500000.00',
      receivedOn: today,
      documentRef: 'ชพ 18',
    }).expect(201);

    await post(`/declarations/${DECLARATION}/households`, 'officer', household(1)).expect(201);
    await post(`/declarations/${DECLARATION}/households`, 'officer', household(2, '86010401')).expect(201);
    const csv = [
      REGISTRATION_HEADER,
      registrationRow(household(3)),
      registrationRow(household(4)),
      registrationRow(household(5, '86010501')),
    ].join('\n');
    const imported = await postCsv(`/declarations/${DECLARATION}/households/import`, 'officer', csv).expect(200);
    expect(imported.body).toMatchObject({
      rows: 3,
      accepted: 2,
      refused: 1,
      refusals: [{ line: 4, code: 'relief.household-outside-area' }],
    });

    await post(`/declarations/${DECLARATION}/assessments`, 'officer', {
      houseRegistrationNo: houseNo(1),
      assessmentId: 'as-1',
      floodDays: 12,
      items: [{ item: 'house-repair', quantity: 1, assessedCost: '60000.00' }],
    }).expect(201);
    const assessments = await postCsv(
      `/declarations/${DECLARATION}/assessments/import`,
      'officer',
      `house_registration_no,assessment_id,flood_days,items\n${houseNo(2)},as-2,5,clothing:3:\n${houseNo(3)},as-3,,work-tools:1:8000.00\n${houseNo(4)},as-4,20,\n`,
    ).expect(200);
    expect(assessments.body).toMatchObject({ rows: 3, accepted: 3, refused: 0 });

    const dashboard = await get(`/declarations/${DECLARATION}`, 'auditor').expect(200);
    expect(dashboard.body.households).toEqual({ registered: 4, assessed: 4, paid: 0 });
    expect(dashboard.body.byItem).toEqual(
      expect.arrayContaining([
        { item: 'house-repair', households: 1, entitled: '49500.00', paid: '0.00' },
        { item: 'flood-duration', households: 3, entitled: '27000.00', paid: '0.00' },
      ]),
    );

    // 1: 49,500 + 9,000; 2: 3,300 + 9,000; 3: 8,000; 4: 9,000
    const total = '87800.00';
    await post('/runs', 'officer', {
      runId: 'run-1',
      declarationId: DECLARATION,
      programmeId: 'cp-social-fund',
      sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
      method: 'bank-transfer',
      controlTotals: { count: 4, amount: total },
    }).expect(201);
    const dry = await post('/runs/run-1/dry-run', 'officer').expect(200);
    expect(dry.body).toMatchObject({ applicableCount: 4, applicableAmount: total, notApplicable: [] });
    await refused(() => post('/runs/run-1/approvals', 'officer'), 403, 'auth.forbidden');
    await post('/runs/run-1/approvals', 'chair').expect(201);

    const file = await post('/runs/run-1/bank-file', 'officer').expect(200);
    expect(file.headers['x-relief-file-count']).toBe('4');
    expect(file.headers['x-relief-file-amount']).toBe(total);
    const lines = file.text.trim().split('\n');
    expect(lines[0]).toBe('record,reference,account_no,amount');
    expect(lines.at(-1)).toBe(`T,4,,${total}`);
    references = lines.slice(1, -1).map((line) => line.split(',')[1]);
    expect(new Set(references).size).toBe(4);
    const again = await post('/runs/run-1/bank-file', 'officer').expect(200);
    expect(again.text).toBe(file.text);

    const byAmount = new Map(lines.slice(1, -1).map((line) => [line.split(',')[3], line.split(',')[1]]));
    const [ref1, ref2, ref3, ref4] = ['58500.00', '12300.00', '8000.00', '9000.00'].map((amount) => byAmount.get(amount) as string);
    failedReference = ref2;
    const result = await relief
      .postCsv(
        '/runs/run-1/results',
        'officer',
        RESULT_HEADER +
          [
            `${ref1},58500.00,SUCCESS,,${today}`,
            `${ref2},12300.00,FAILED,ACCOUNT CLOSED,${today}`,
            `${ref3},8000.00,SUCCESS,,${today}`,
            `${ref4},9000.00,SUCCESS,,${today}`,
            `${ref4},9000.00,SUCCESS,,${today}`,
            `RF0000AAAAAAAAAAAA,100.00,SUCCESS,,${today}`,
          ].join('\n'),
      )
      .expect(200);
    expect(result.body).toMatchObject({ lines: 6, paid: 3, failed: 1, unknownReference: 1, duplicateLine: 1, amountMismatch: 0 });

    const status = await get('/runs/run-1', 'chair').expect(200);
    expect(status.body.payments).toEqual({ paid: { count: 3, amount: '75500.00' }, failed: { count: 1, amount: '12300.00' } });

    await post(`/declarations/${DECLARATION}/payments/${ref3}/reversal`, 'officer', { reversalId: 'rv-1', reason: 'โอนผิดครัวเรือน' }).expect(
      201,
    );
    const timeline = await get(`/declarations/${DECLARATION}/households/${houseNo(3)}/timeline`, 'auditor').expect(200);
    expect(timeline.body.entries.map((entry: { type: string }) => entry.type)).toEqual([
      'relief.households.registered',
      'relief.households.assessed',
      'relief.payments.issued',
      'relief.payments.settled',
      'relief.payment.reversed',
    ]);

    await refused(
      () =>
        post('/runs', 'officer', {
          runId: 'run-2',
          declarationId: DECLARATION,
          programmeId: 'cp-social-fund',
          sourceName: 'x',
          method: 'bank-transfer',
          controlTotals: { count: 2, amount: '20300.00' },
        }),
      409,
      'relief.run-in-flight',
    );
    await post('/runs/run-1/close', 'officer', { reason: 'กระทบยอดแล้ว' }).expect(200);

    // the failed household and the reversed one are paid again under their next attempt
    await post('/runs', 'officer', {
      runId: 'run-2',
      declarationId: DECLARATION,
      programmeId: 'cp-social-fund',
      sourceName: 'x',
      method: 'bank-transfer',
      controlTotals: { count: 2, amount: '20300.00' },
    }).expect(201);
    await post('/runs/run-2/dry-run', 'officer').expect(200);
    await post('/runs/run-2/approvals', 'member').expect(201);
    const retry = await post('/runs/run-2/bank-file', 'officer').expect(200);
    const retried = retry.text
      .trim()
      .split('\n')
      .slice(1, -1)
      .map((line) => line.split(',')[1]);
    expect(retried).toHaveLength(2);
    for (const reference of retried) expect(references).not.toContain(reference);

    const after = await get(`/declarations/${DECLARATION}`, 'officer').expect(200);
    expect(after.body.households).toEqual({ registered: 4, assessed: 4, paid: 2 });
  });

  it('lists the declarations in the caller’s areas, the declaration’s households a page at a time, and its runs', async () => {
    const { get } = relief;
    const declarations = await get('/declarations', 'officer').expect(200);
    expect(declarations.body).toEqual({
      items: [
        expect.objectContaining({
          declarationId: DECLARATION,
          name: declaration.name,
          disasterType: declaration.disasterType,
          period: { from: declaration.from, until: declaration.until },
          households: { registered: 4, assessed: 4, paid: 2 },
        }),
      ],
      nextCursor: null,
    });
    // A Phuket officer reads no Chumphon declaration, in the list as by its id.
    expect((await get('/declarations', 'phuketOfficer').expect(200)).body).toEqual({ items: [], nextCursor: null });

    const first = await get(`/declarations/${DECLARATION}/households?limit=3`, 'auditor').expect(200);
    expect(first.body.items).toHaveLength(3);
    expect(first.body.nextCursor).toBe(first.body.items[2].householdId);
    const rest = await get(`/declarations/${DECLARATION}/households?limit=3&cursor=${first.body.nextCursor}`, 'auditor').expect(200);
    expect(rest.body.nextCursor).toBeNull();
    const all = [...first.body.items, ...rest.body.items] as { householdId: string; entitled: string; paid: string; status: string }[];
    expect(new Set(all.map((h) => h.householdId)).size).toBe(4);
    // 1 paid 58,500; 2 failed and 3 reversed, both issued again in run-2; 4 paid 9,000.
    expect(
      all.map(({ entitled, paid, status }) => ({ entitled, paid, status })).sort((a, b) => Number(a.entitled) - Number(b.entitled)),
    ).toEqual([
      { entitled: '8000.00', paid: '0.00', status: 'assessed' },
      { entitled: '9000.00', paid: '9000.00', status: 'paid' },
      { entitled: '12300.00', paid: '0.00', status: 'assessed' },
      { entitled: '58500.00', paid: '58500.00', status: 'paid' },
    ]);
    expect(all.find((h) => h.entitled === '12300.00')).toMatchObject({ villageCode: '86010401' });

    const runs = await get(`/declarations/${DECLARATION}/runs`, 'chair').expect(200);
    expect(runs.body.items.map(({ runId, status }: { runId: string; status: string }) => ({ runId, status }))).toEqual([
      { runId: 'run-1', status: 'Closed' },
      { runId: 'run-2', status: 'Exported' },
    ]);
  });

  it('refuses a page asked for badly, and the households of a declaration out of scope', async () => {
    await refused(() => relief.get(`/declarations?limit=0`, 'officer'), 400, 'request.invalid');
    await refused(() => relief.get(`/declarations/${DECLARATION}/households?limit=abc`, 'officer'), 400, 'request.invalid');
    await refused(() => relief.get(`/declarations/${DECLARATION}/households`, 'phuketOfficer'), 403, 'auth.out-of-scope');
    await refused(() => relief.get(`/declarations/nope/runs`, 'officer'), 404, 'relief.declaration-not-found');
  });

  describe('every refusal writes nothing', () => {
    it('a zone declared twice', () =>
      refused(() => relief.post('/declarations', 'officer', declaration), 409, 'relief.declaration-exists'));
    it('a zone outside the officer’s areas', () =>
      refused(() => relief.post('/declarations', 'phuketOfficer', { ...declaration, declarationId: 'other' }), 403, 'auth.out-of-scope'));
    it('a role that runs no relief', () =>
      refused(() => relief.post('/declarations', 'treasurer', { ...declaration, declarationId: 'other' }), 403, 'auth.forbidden'));
    it('a malformed body', () =>
      refused(
        () => relief.post('/declarations', 'officer', { ...declaration, declarationId: 'other', expectedHouseholds: 'many' }),
        400,
        'request.invalid',
      ));
    it('a period that ends before it starts', () =>
      refused(
        () => relief.post('/declarations', 'officer', { ...declaration, declarationId: 'other', until: addDays(today, -20) }),
        422,
        'relief.period-invalid',
      ));
    it('a household registered twice', () =>
      refused(
        () => relief.post(`/declarations/${DECLARATION}/households`, 'officer', household(1)),
        409,
        'relief.household-already-registered',
      ));
    it('a household outside the declared areas', () =>
      refused(
        () => relief.post(`/declarations/${DECLARATION}/households`, 'officer', household(9, '86010201')),
        422,
        'relief.household-outside-area',
      ));
    it('a household with a mistyped citizen ID', () =>
      refused(
        () =>
          relief.post(`/declarations/${DECLARATION}/households`, 'officer', {
            ...household(9),
            head: { citizenId: '3860100000010', name: 'นายสมชาย ใจดี' },
          }),
        422,
        'citizen-id.check-digit',
      ));
    it('a household of a declaration that does not exist', () =>
      refused(() => relief.post('/declarations/nowhere/households', 'officer', household(9)), 404, 'relief.declaration-not-found'));
    it('an assessment of a household not registered', () =>
      refused(
        () =>
          relief.post(`/declarations/${DECLARATION}/assessments`, 'officer', {
            houseRegistrationNo: houseNo(99),
            assessmentId: 'as-x',
            floodDays: 3,
            items: [],
          }),
        404,
        'relief.household-not-registered',
      ));
    it('an item the rate table does not list', async () => {
      await relief.post(`/declarations/${DECLARATION}/households`, 'officer', household(10)).expect(201);
      await refused(
        () =>
          relief.post(`/declarations/${DECLARATION}/assessments`, 'officer', {
            houseRegistrationNo: houseNo(10),
            assessmentId: 'as-10',
            floodDays: null,
            items: [{ item: 'yacht', quantity: 1, assessedCost: null }],
          }),
        422,
        'relief.item-not-in-rate-table',
      );
    });
    it('a run of an unknown id', () => refused(() => relief.post('/runs/nope/dry-run', 'officer'), 404, 'relief.run-not-found'));
    it('a result file with a malformed line, or for a closed run', async () => {
      await refused(
        () => relief.postCsv('/runs/run-1/results', 'officer', RESULT_HEADER + 'RF0000AAAAAAAAAAAA,12.5,PAID,,x\n'),
        400,
        'relief.result-file-malformed',
      );
      await refused(
        () => relief.postCsv('/runs/run-1/results', 'officer', RESULT_HEADER + `RF0000AAAAAAAAAAAA,12.50,SUCCESS,,${today}\n`),
        422,
        'relief.run-not-exported',
      );
    });
    it('a reversal of a payment that failed', () =>
      refused(
        () =>
          relief.post(`/declarations/${DECLARATION}/payments/${failedReference}/reversal`, 'officer', { reversalId: 'rv-x', reason: 'x' }),
        422,
        'relief.payment-not-paid',
      ));

    describe('runs of a second declaration', () => {
      const second = { ...declaration, declarationId: 'cp-flood-two', areaCodes: ['860102'] };
      const run = (runId: string, programmeId: string, amount: string) => ({
        runId,
        declarationId: 'cp-flood-two',
        programmeId,
        sourceName: 'x',
        method: 'bank-transfer',
        controlTotals: { count: 1, amount },
      });
      beforeAll(async () => {
        await relief.post('/declarations', 'officer', second).expect(201);
        await relief.post('/declarations/cp-flood-two/households', 'officer', household(20, '86010201')).expect(201);
        await relief
          .post('/declarations/cp-flood-two/assessments', 'officer', {
            houseRegistrationNo: houseNo(20),
            assessmentId: 'as-20',
            floodDays: 9,
            items: [],
          })
          .expect(201);
      });
      it('a run whose control amount is above the billion baht a money field takes', () =>
        refused(() => relief.post('/runs', 'officer', run('run-huge', 'p-huge', '1000000000.01')), 400, 'money.above-limit'));
      it('the maker of a run cannot approve it', async () => {
        await relief.post('/runs', 'admin', run('run-a', 'p-a', '9000.00')).expect(201);
        await relief.post('/runs/run-a/dry-run', 'admin').expect(200);
        await refused(() => relief.post('/runs/run-a/approvals', 'admin'), 422, 'relief.run-maker-cannot-approve');
      });
      it('a run whose dry run differs from its control totals is not approved', async () => {
        await relief.post('/runs', 'officer', run('run-b', 'p-b', '1000.00')).expect(201);
        const dry = await relief.post('/runs/run-b/dry-run', 'officer').expect(200);
        expect(dry.body).toMatchObject({ applicableCount: 1, applicableAmount: '9000.00' });
        await refused(() => relief.post('/runs/run-b/approvals', 'chair'), 422, 'relief.run-control-totals-mismatch');
      });
      it('a run not approved exports no file', () =>
        refused(() => relief.post('/runs/run-b/bank-file', 'officer'), 422, 'relief.run-not-approved'));
      it('a run with zero control totals', () =>
        refused(() => relief.post('/runs', 'officer', run('run-c', 'p-c', '0.00')), 422, 'relief.control-totals-invalid'));
    });
  });
});
