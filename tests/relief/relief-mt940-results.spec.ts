import { dateOfInstant } from '@kongthun/kernel';
import { floodDeclaration, houseNo, household, startEmbeddedRelief } from './embedded-relief-fixture';

const today = dateOfInstant(new Date().toISOString());
const DECLARATION = 'cp-flood-mt940';
const MT940 = 'application/x-mt940';

/** One entry of the paying account's statement: D paid out, C credited back, RD a debit reversed. */
interface Entry {
  mark: 'D' | 'C' | 'RD' | 'RC';
  amount: string;
  /** The :86: text; a payment's reference rides in it as /EREF/. */
  details: string;
}
const paid = (reference: string, amount = '9000.00'): Entry => ({ mark: 'D', amount, details: `/EREF/${reference}/REMI/RELIEF` });
const creditedBack = (reference: string, why = 'AC04 ACCOUNT CLOSED'): Entry => ({
  mark: 'C',
  amount: '9000.00',
  details: `/EREF/${reference}/RTRN/${why}`,
});
const reversed = (reference: string): Entry => ({ mark: 'RD', amount: '9000.00', details: `/EREF/${reference}` });

const satang = (amount: string) => Math.round(Number(amount) * 100);
const mt940Amount = (value: number) => `${Math.floor(value / 100)},${String(value % 100).padStart(2, '0')}`;
/** An MT940 statement whose balances add up (mt940js checks that opening + entries = closing). */
const statement = (id: string, ...entries: Entry[]) => {
  const day = today.slice(2).replace(/-/g, '');
  const opening = 10_000_000;
  const closing = entries.reduce(
    (balance, { mark, amount }) => balance + (mark === 'C' || mark === 'RD' ? satang(amount) : -satang(amount)),
    opening,
  );
  return [
    `:20:${id}`,
    ':25:0201000057',
    ':28C:1/1',
    `:60F:C${day}THB${mt940Amount(opening)}`,
    ...entries.flatMap(({ mark, amount, details }) => [
      `:61:${day}${day.slice(2)}${mark}${mt940Amount(satang(amount))}NTRFNONREF`,
      `:86:${details}`,
    ]),
    `:62F:C${day}THB${mt940Amount(closing)}`,
    '-',
    '',
  ].join('\r\n');
};

describe('an MT940 result file reconciled through the embedded API', () => {
  let relief: Awaited<ReturnType<typeof startEmbeddedRelief>>;
  let references: string[] = [];
  const importMt940 = (text: string) => relief.postFile('/runs/mt-run-1/results', 'officer', MT940, text);
  const imported = async (text: string) => (await importMt940(text).expect(200)).body;
  const payments = async () => (await relief.get('/runs/mt-run-1', 'officer').expect(200)).body.payments;

  beforeAll(async () => {
    relief = await startEmbeddedRelief();
    const { post } = relief;
    await post('/declarations', 'officer', floodDeclaration(DECLARATION)).expect(201);
    for (let n = 1; n <= 6; n++) {
      await post(`/declarations/${DECLARATION}/households`, 'officer', household(n)).expect(201);
      await post(`/declarations/${DECLARATION}/assessments`, 'officer', {
        houseRegistrationNo: houseNo(n),
        assessmentId: `as-${n}`,
        floodDays: 20,
        items: [],
      }).expect(201);
    }
    await post('/runs', 'officer', {
      runId: 'mt-run-1',
      declarationId: DECLARATION,
      programmeId: 'cp-mt940',
      sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
      method: 'bank-transfer',
      controlTotals: { count: 6, amount: '54000.00' },
    }).expect(201);
    await post('/runs/mt-run-1/dry-run', 'officer').expect(200);
    await post('/runs/mt-run-1/approvals', 'chair').expect(201);
    const file = await post('/runs/mt-run-1/bank-file', 'officer').expect(200);
    references = file.text
      .trim()
      .split('\n')
      .slice(1, -1)
      .map((line) => line.split(',')[1]);
    expect(references).toHaveLength(6);
  }, 180_000);
  afterAll(() => relief.close());

  /** Expects a refusal with this status and code, in both languages, and the store unchanged. */
  const refused = async (text: string, status: number, code: string) => {
    const before = await relief.eventCount();
    const response = await importMt940(text);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.body.message).toEqual(expect.any(String));
    expect(response.body.messageTh).toEqual(expect.any(String));
    expect(await relief.eventCount()).toBe(before);
  };

  it('refuses a malformed statement and writes nothing', async () => {
    await refused(':20:X\r\n:61:garbage\r\n-', 400, 'relief.result-file-malformed');
    // entries that do not add up to the closing balance
    await refused(
      statement('BAD-TOTAL', paid(references[0])).replace(/:62F:C(\d{6})THB[\d,]+/, ':62F:C$1THB1,00'),
      400,
      'relief.result-file-malformed',
    );
    await refused(statement('NOT-THB', paid(references[0])).replace(/THB/g, 'USD'), 400, 'relief.result-file-malformed');
    await refused('', 400, 'relief.result-file-malformed');
    expect(await payments()).toEqual({ issued: { count: 6, amount: '54000.00' } });
  });

  it('debits are paid', async () => {
    expect(await imported(statement('PAID', paid(references[0]), paid(references[2]), paid(references[3])))).toMatchObject({
      format: 'swift-mt940',
      lines: 3,
      paid: 3,
      failed: 0,
      returned: 0,
    });
  });

  it('a credit back for a payment never paid is failed', async () => {
    expect(await imported(statement('REJECT', creditedBack(references[1])))).toMatchObject({ lines: 1, failed: 1, paid: 0 });
  });

  it('a credit back for a paid payment is returned', async () => {
    expect(await imported(statement('RETURN', creditedBack(references[0], 'BENEFICIARY DECEASED')))).toMatchObject({
      lines: 1,
      returned: 1,
    });
  });

  it('a reversed debit (RD) of a paid payment is returned or reversed', async () => {
    expect(await imported(statement('REVERSAL', reversed(references[2])))).toMatchObject({ lines: 1, returned: 1 });
  });

  it('an entry naming no reference of this run is an unknown reference', async () => {
    expect(
      await imported(statement('UNKNOWN', paid('RF0000AAAAAAAAAAAA'), { mark: 'C', amount: '50000.00', details: 'โอนเงินเข้าบัญชีกองทุน' })),
    ).toMatchObject({ lines: 2, unknownReference: 2, paid: 0 });
  });

  it('an entry whose amount differs from the payment’s is an amount mismatch and pays nothing', async () => {
    expect(await imported(statement('MISMATCH', paid(references[4], '900.00')))).toMatchObject({ lines: 1, amountMismatch: 1, paid: 0 });
  });

  it('an entry repeated, or for a payment already paid, is a duplicate line', async () => {
    expect(await imported(statement('DUPLICATE', paid(references[5]), paid(references[5]), paid(references[3])))).toMatchObject({
      lines: 3,
      paid: 1,
      duplicateLine: 2,
    });
  });

  it('a re-import changes nothing: the same file is refused, the same entries in a new statement pay nothing', async () => {
    const before = await payments();
    expect(before).toEqual({
      paid: { count: 2, amount: '18000.00' },
      failed: { count: 1, amount: '9000.00' },
      returned: { count: 2, amount: '18000.00' },
      issued: { count: 1, amount: '9000.00' },
    });
    await refused(
      statement('PAID', paid(references[0]), paid(references[2]), paid(references[3])),
      409,
      'relief.result-file-already-imported',
    );
    expect(
      await imported(statement('PAID-AGAIN', ...references.slice(0, 4).map((reference) => paid(reference)), paid(references[5]))),
    ).toMatchObject({ lines: 5, paid: 0, duplicateLine: 5 });
    expect(await payments()).toEqual(before);
  });

  it('a CSV result file still imports as CSV on the same route', async () => {
    const csv = await relief
      .postCsv(
        '/runs/mt-run-1/results',
        'officer',
        `reference,amount,status,reason,value_date\n${references[4]},9000.00,SUCCESS,,${today}\n`,
      )
      .expect(200);
    expect(csv.body).toMatchObject({ format: 'kongthun-result-csv-v1', paid: 1 });
  });
});
