import fc from 'fast-check';
import request from 'supertest';
import { demoCitizenId, demoRules } from '@kongthun/embedded';
import { dateOfInstant, STREAM_EVENT_TYPES } from '@kongthun/welfare-domain';
import { enrolment, startEmbeddedFund } from './embedded-fund-fixture';

const FUND = 'fuzz-fund';
const today = dateOfInstant(new Date().toISOString());
/** Fixed so a failure replays exactly; fast-check prints the counterexample and its path. */
const SEED = 20_261_127;
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

// Values near the edges the domain cares about, mixed with arbitrary ones.
const id = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('m-1', 'm-2', 'c-1', 'c-2', 'p-1', 'ov-1', 'somchai', 'prasert', 'malee', FUND) },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,12}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('อบจ.ภูเก็ต', 'บุตร', 'ค่าเครื่องเขียน', 'นายสม\u0000ชาย', 'line\nbreak', ' ', '') },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);
const date = fc.oneof(
  fc.constantFrom('2020-06-01', '2024-01-05', '2024-02-01', '2024-09-10', today, '2999-12-31', '2024-02-30', '2567-01-01', 'yesterday'),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const bahtOf = (satang: bigint) => `${satang / 100n}.${String(satang % 100n).padStart(2, '0')}`;
const baht = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '10.00',
      '30.00',
      '100.00',
      '360.00',
      '1,000.00',
      '0.00',
      '-5.00',
      '30.005',
      '1,000,000,000.01',
      '100,000,000,000,000,000,000.00',
      'สามสิบบาท',
      '',
    ),
  },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 100_000n }).map(bahtOf) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 24n }).map(bahtOf) },
);
const citizenId = fc.oneof(
  fc.integer({ min: 1, max: 999 }).map(demoCitizenId),
  fc.stringMatching(/^\d{13}$/),
  fc.string({ maxLength: 15 }),
);
const rules = fc.oneof(
  fc.constant(demoRules),
  baht.map((joiningFee) => ({ ...demoRules, joiningFee })),
  fc.constant({ ...demoRules, capYear: 'lunar' }),
);
const anyOf = <T>(...values: T[]) => fc.constantFrom(...values);

interface Route {
  name: string;
  path: fc.Arbitrary<string>;
  body: Record<string, fc.Arbitrary<unknown>>;
  /** A body the fund may well accept (fresh ids, today, small sums), so the 2xx side is reached too. */
  sane?: Record<string, fc.Arbitrary<unknown>>;
}

const fresh = fc.stringMatching(/^fz-[a-z0-9]{8}$/);
const small = fc.integer({ min: 1, max: 500 }).map((n) => `${n}.00`);
const now = fc.constant(today);

/** Every POST of the welfare service, with a body made of its own fields. */
const ROUTES: Route[] = [
  {
    name: 'register a fund',
    path: fc.constant(''),
    body: {
      fundId: id,
      name: text,
      areaCode: fc.oneof(anyOf('830101', '830105', '000000', '12'), fc.string({ maxLength: 8 })),
      foundedOn: date,
      rules,
      committee: fc.array(fc.record({ userId: id, role: anyOf('chair', 'treasurer', 'member', 'boss'), citizenId, personalDataRef: id }), {
        maxLength: 4,
      }),
    },
  },
  { name: 'adopt rules', path: fc.constant(`/${FUND}/rules`), body: { rules, effectiveFrom: date, resolutionRef: id } },
  {
    name: 'declare a relation',
    path: fc.constant(`/${FUND}/relations`),
    body: { userId: id, memberId: id, relationship: text },
    sane: { userId: anyOf('somchai', 'prasert'), memberId: fc.constant('m-1'), relationship: anyOf('พี่สาว', 'บุตร') },
  },
  {
    name: 'enrol a member',
    path: fc.constant(`/${FUND}/members`),
    body: {
      memberId: id,
      citizenId,
      name: text,
      phone: fc.oneof(fc.constant(null), anyOf('081-234-5678', '12'), fc.string({ maxLength: 20 })),
      planId: fc.oneof(fc.constant('baht-a-day'), id),
      enrolledOn: date,
      joiningFee: baht,
      beneficiary: fc.record({
        name: text,
        phone: fc.constant(null),
        citizenId: fc.oneof(fc.constant(null), citizenId),
        relationship: text,
      }),
    },
  },
  {
    name: 'record a contribution',
    path: fc.constant(`/${FUND}/contributions`),
    body: {
      contributionId: id,
      memberId: id,
      months: fc.oneof(fc.integer({ min: -2, max: 130 }), fc.double()),
      amount: baht,
      receivedOn: date,
      receiptRef: id,
    },
    sane: {
      contributionId: fresh,
      memberId: fc.constant('m-1'),
      months: fc.constant(1),
      amount: fc.constant('30.00'),
      receivedOn: now,
      receiptRef: fresh,
    },
  },
  {
    name: 'record matching money',
    path: fc.constant(`/${FUND}/matching-funds`),
    body: {
      matchingId: id,
      source: anyOf('codi', 'local-government', 'lottery'),
      sourceName: text,
      fiscalYear: fc.integer({ min: 2000, max: 3000 }),
      amount: baht,
      receivedOn: date,
      documentRef: id,
    },
    sane: {
      matchingId: fresh,
      source: anyOf('codi', 'local-government'),
      sourceName: fc.constant('อบจ.ภูเก็ต'),
      fiscalYear: fc.integer({ min: 2567, max: 2570 }),
      amount: small,
      receivedOn: now,
      documentRef: fresh,
    },
  },
  {
    name: 'grant an administration override',
    path: fc.constant(`/${FUND}/admin-overrides`),
    body: {
      overrideId: id,
      amount: baht,
      purpose: text,
      resolutionRef: id,
      approverIds: fc.array(id, { maxLength: 4 }),
    },
  },
  {
    name: 'record administration spending',
    path: fc.constant(`/${FUND}/admin-spending`),
    body: {
      spendingId: id,
      amount: baht,
      purpose: text,
      spentOn: date,
      documentRef: id,
      overrideId: fc.oneof(fc.constant(null), id),
    },
    sane: {
      spendingId: fresh,
      amount: fc.constant('1.00'),
      purpose: fc.constant('ค่าเครื่องเขียน'),
      spentOn: now,
      documentRef: fresh,
      overrideId: fc.constant(null),
    },
  },
  {
    name: 'submit a claim',
    path: fc.constant(`/${FUND}/claims`),
    body: {
      claimId: id,
      memberId: id,
      benefit: anyOf('sickness', 'birth', 'death', 'lottery'),
      eventDate: date,
      hospitalNights: fc.oneof(fc.constant(null), fc.integer({ min: -1, max: 400 })),
      evidenceRefs: fc.array(id, { maxLength: 3 }),
      amountFigures: baht,
      amountWords: fc.oneof(anyOf('หนึ่งร้อยบาทถ้วน', 'สองร้อยบาทถ้วน'), text),
    },
    sane: {
      claimId: fresh,
      memberId: fc.constant('m-1'),
      benefit: fc.constant('sickness'),
      eventDate: anyOf('2024-11-01', '2024-12-01', '2025-01-15'),
      hospitalNights: fc.constant(1),
      evidenceRefs: fc.constant(['ev']),
      amountFigures: fc.constant('100.00'),
      amountWords: fc.constant('หนึ่งร้อยบาทถ้วน'),
    },
  },
  { name: 'approve a claim', path: id.map((claimId) => `/${FUND}/claims/${encodeURIComponent(claimId)}/approvals`), body: {} },
  {
    name: 'reject a claim',
    path: id.map((claimId) => `/${FUND}/claims/${encodeURIComponent(claimId)}/rejection`),
    body: { reason: text },
    sane: { reason: fc.constant('ไม่มีใบรับรองแพทย์') },
  },
  {
    name: 'pay a claim',
    path: id.map((claimId) => `/${FUND}/claims/${encodeURIComponent(claimId)}/payout`),
    body: {
      payoutId: id,
      method: anyOf('cash', 'bank-transfer', 'promptpay', 'cheque'),
      reference: id,
      paidOn: date,
    },
    sane: { payoutId: fresh, method: fc.constant('cash'), reference: fresh, paidOn: now },
  },
  {
    name: 'reverse a payout',
    path: id.map((payoutId) => `/${FUND}/payouts/${encodeURIComponent(payoutId)}/reversal`),
    body: { reversalId: id, reason: text, reversedOn: date },
  },
  {
    name: 'erase personal data',
    path: id.map((memberId) => `/${FUND}/members/${encodeURIComponent(memberId)}/personal-data/erasure`),
    body: {
      ground: anyOf('data-subject-request', 'consent-withdrawn', 'retention-ended', 'whim'),
      requestRef: id,
    },
  },
];

/** The test's own oracle: any string, value or key, holding a C0 control other than a line break, DEL or a C1 control. */
const hasControlCharacter = (value: unknown): boolean => {
  if (typeof value === 'string') return /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(value);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, item]) => hasControlCharacter(key) || hasControlCharacter(item));
};

/** A body of the route's fields, or with some missing, or with one added or replaced by any JSON, or any JSON at all. */
const bodyOf = (fields: Record<string, fc.Arbitrary<unknown>>, sane = fields): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record(sane) },
    { weight: 5, arbitrary: fc.record(fields) },
    { weight: 2, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.record(fields),
          fc.oneof(fc.constantFrom(...Object.keys(fields), 'amountWords'), fc.string({ minLength: 1, maxLength: 8 })),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([body, key, value]) =>
          Object.defineProperty({ ...body }, key, { value, enumerable: true, writable: true, configurable: true }),
        ),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );

const call = fc.oneof(
  ...ROUTES.map((route) =>
    fc.record({
      route: fc.constant(route.name),
      path: route.path,
      body: bodyOf(route.body, route.sane),
      as: fc.oneof({ weight: 3, arbitrary: fc.constant('admin') }, { weight: 1, arbitrary: anyOf('treasurer', 'chair') }),
    }),
  ),
);

/**
 * Property: whatever a client POSTs to the welfare service, the answer is a 2xx that appended
 * exactly the events it reports, or a 4xx with a code and messages in English and Thai after which
 * neither the event log nor the personal-data store holds anything new. Never a 5xx.
 */
describe('every welfare POST under generated bodies (embedded, fast-check)', () => {
  let fund: Awaited<ReturnType<typeof startEmbeddedFund>>;
  const count = async (table: string) => (await fund.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
  /** What a command records, without the bookkeeping of the split streams (a year's books opened, a claim filed, ...). */
  const recordedFacts = async () =>
    (
      await fund.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM kongthun.events WHERE NOT (event_type = ANY($1))', [
        [...STREAM_EVENT_TYPES],
      ])
    ).rows[0].n;

  beforeAll(async () => {
    fund = await startEmbeddedFund(FUND);
    // A history for the generated commands to meet: a member with a year paid, an approved claim and a submitted one.
    await fund.post(`/${FUND}/members`, 'treasurer', enrolment('m-1', 1)).expect(201);
    await fund
      .post(`/${FUND}/contributions`, 'treasurer', {
        contributionId: 'ct-1',
        memberId: 'm-1',
        months: 12,
        amount: '360.00',
        receivedOn: '2024-02-01',
        receiptRef: 'r-1',
      })
      .expect(201);
    const claim = (claimId: string, eventDate: string) =>
      fund
        .post(`/${FUND}/claims`, 'treasurer', {
          claimId,
          memberId: 'm-1',
          benefit: 'sickness',
          eventDate,
          hospitalNights: 1,
          evidenceRefs: ['ev'],
          amountFigures: '100.00',
          amountWords: 'หนึ่งร้อยบาทถ้วน',
        })
        .expect(201);
    await claim('c-1', '2024-09-10');
    await claim('c-2', '2024-10-10');
    await fund.post(`/${FUND}/claims/c-1/approvals`, 'chair').expect(201);
    await fund.post(`/${FUND}/claims/c-1/approvals`, 'prasert').expect(201);
  }, 120_000);
  afterAll(() => fund.close());

  it(`answers ${RUNS} generated POSTs with a coded 4xx that stored nothing, or a 2xx that stored what it says`, async () => {
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(call, async ({ route, path, body, as }) => {
        const [events, facts, people] = [await count('kongthun.events'), await recordedFacts(), await count('personal_data.records')];
        const response = await request(fund.app.getHttpServer())
          .post(`/api/welfare/funds${path}`)
          .set('authorization', fund.tokens[as])
          .set('content-type', 'application/json')
          .send(JSON.stringify(body));
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (process.env.FUZZ_REPORT)
          codes.set(
            `${route}: ${response.body.code ?? response.status}`,
            (codes.get(`${route}: ${response.body.code ?? response.status}`) ?? 0) + 1,
          );
        const where = `${route} ${path} -> ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
        if (hasControlCharacter(body)) {
          // Refused before any handler runs; only the token guard (401/403) or an unknown path (404) may answer first.
          expect({ where, accepted: response.status < 300 }).toEqual({ where, accepted: false });
          if (response.status === 400 && typeof body === 'object' && body !== null)
            expect({ where, code: response.body.code }).toEqual({ where, code: 'request.control-character' });
        }
        if (response.status >= 200 && response.status < 300) {
          // A repeated declaration is a no-op: 2xx with no events, and then nothing may have been appended either.
          expect({ where, events: Array.isArray(response.body.events) }).toEqual({ where, events: true });
          expect({ where, appended: (await recordedFacts()) - facts }).toEqual({ where, appended: response.body.events.length });
          return;
        }
        expect({ where, clientError: response.status >= 400 && response.status < 500 }).toEqual({ where, clientError: true });
        expect(response.body).toEqual(
          expect.objectContaining({
            code: expect.stringMatching(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/),
            message: expect.any(String),
            messageTh: expect.stringMatching(/\S/),
          }),
        );
        expect({ where, events: await count('kongthun.events'), people: await count('personal_data.records') }).toEqual({
          where,
          events,
          people,
        });
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    if (process.env.FUZZ_REPORT)
      console.log(
        JSON.stringify([...statuses]),
        [...codes]
          .sort()
          .map(([c, n]) => `${c} ${n}`)
          .join('\n'),
      );
    // The generators reach both sides: some bodies are accepted, most are refused for many reasons.
    const accepted = [...statuses].filter(([status]) => status < 300).reduce((sum, [, n]) => sum + n, 0);
    expect(accepted).toBeGreaterThan(0);
    expect([...statuses.keys()].filter((status) => status >= 400).length).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
