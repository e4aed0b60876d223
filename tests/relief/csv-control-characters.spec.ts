import { citizenId, houseNo, startEmbeddedRelief } from './embedded-relief-fixture';

const HEADER =
  'house_registration_no,village_code,head_citizen_id,head_ref,member_citizen_ids,member_refs,certificate_ref,certifier_citizen_id,community_meeting_ref,payee_method,payee_account\n';
const row = (n: number, meeting = 'ประชาคมหมู่ 1') =>
  `${houseNo(n)},86010101,${citizen(n)},pd-head-${n},,,cert-${n},${citizen(900)},${meeting},bank-transfer,020-1-${String(n).padStart(5, '0')}-7\n`;
const citizen = citizenId;
const addDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Issue 11: a control character is refused in an upload as in a JSON body, before anything is stored. */
describe('a relief CSV upload holding a control character', () => {
  let relief: Awaited<ReturnType<typeof startEmbeddedRelief>>;
  beforeAll(async () => {
    relief = await startEmbeddedRelief();
    await relief
      .post('/declarations', 'officer', {
        declarationId: 'cc-flood',
        name: 'อุทกภัยทดสอบ',
        disasterType: 'flood',
        areaCodes: ['860101'],
        disasterDate: addDays(-5),
        from: addDays(-5),
        until: addDays(30),
        documentRef: 'ประกาศ 1',
        expectedHouseholds: 10,
      })
      .expect(201);
  }, 60_000);
  afterAll(() => relief.close());

  it('is refused whole with request.control-character naming the line, even when the other rows are good, and writes nothing', async () => {
    const before = await relief.eventCount();
    const response = await relief.postCsv(
      '/declarations/cc-flood/households/import',
      'officer',
      `${HEADER}${row(1)}${row(2, 'ประชาคม\u001bหมู่ 1')}${row(3)}`,
    );
    expect({ status: response.status, code: response.body.code, line: response.body.details?.line }).toEqual({
      status: 400,
      code: 'request.control-character',
      line: 3,
    });
    expect(response.body.messageTh).toMatch(/\S/);
    expect(await relief.eventCount()).toBe(before);
  });

  it('is taken once the character is gone', async () => {
    const response = await relief.postCsv('/declarations/cc-flood/households/import', 'officer', `${HEADER}${row(1)}${row(2)}`);
    expect({ status: response.status, accepted: response.body.accepted }).toEqual({ status: 200, accepted: 2 });
  });
});
