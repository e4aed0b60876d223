import { PERSONAL_DATA_ACCESS_LOG, PersonalDataAccessLog } from '@kongthun/identity-service';
import {
  citizenId,
  floodDeclaration,
  houseNo,
  household,
  REGISTRATION_HEADER,
  registrationRow,
  startEmbeddedRelief,
} from './embedded-relief-fixture';

const DECLARATION = 'cp-flood-people';
const somchai = household(1);
const grouped = (id: string) => `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`;

describe('households’ heads and members, encrypted, through the embedded API', () => {
  let relief: Awaited<ReturnType<typeof startEmbeddedRelief>>;
  let householdIds: Map<string, string>;

  /** Every row of the personal-data tables, as stored (on the embedded PGlite). */
  const storedRows = async () =>
    (
      await relief.sql.query<Record<string, unknown>>(
        `SELECT * FROM relief_personal_data.households JOIN relief_personal_data.household_data_keys USING (declaration_id, household_id)`,
      )
    ).rows;
  const readAs = (as: string, householdId: string, reason = 'ตรวจสอบก่อนจ่ายเงิน (check before paying)') =>
    relief.get(`/declarations/${DECLARATION}/households/${householdId}/personal-data?reason=${encodeURIComponent(reason)}`, as);

  beforeAll(async () => {
    relief = await startEmbeddedRelief();
    await relief.post('/declarations', 'officer', floodDeclaration(DECLARATION)).expect(201);
    await relief.post(`/declarations/${DECLARATION}/households`, 'officer', somchai).expect(201);
    const imported = await relief
      .postCsv(
        `/declarations/${DECLARATION}/households/import`,
        'officer',
        [REGISTRATION_HEADER, registrationRow(household(2)), registrationRow(household(3, '86020101'))].join('\n'),
      )
      .expect(200);
    expect(imported.body).toMatchObject({
      rows: 2,
      accepted: 1,
      refused: 1,
      refusals: [{ line: 3, code: 'relief.household-outside-area' }],
    });
    const page = await relief.get(`/declarations/${DECLARATION}/households`, 'officer').expect(200);
    const timelines = await Promise.all(
      [1, 2].map(async (n) => [n, (await relief.get(`/declarations/${DECLARATION}/households/${houseNo(n)}/timeline`, 'officer')).body]),
    );
    householdIds = new Map(timelines.map(([n, timeline]) => [String(n), timeline.householdId as string]));
    expect(page.body.items).toHaveLength(2);
  }, 180_000);
  afterAll(() => relief.close());

  it('keeps names, phones and citizen IDs only as ciphertext, none in an event', async () => {
    const rows = await storedRows();
    expect(rows).toHaveLength(2);
    const stored = JSON.stringify(rows);
    const events = JSON.stringify(
      (await relief.store.readAll({ maxCount: 10_000 })).map(({ event }) => ({ type: event.type, data: event.data })),
    );
    // The registration is there, with the refs that name the encrypted record, not the people.
    expect(events).toContain(`relief/${DECLARATION}/${householdIds.get('1')}#head`);
    for (const clear of [somchai.head.name, somchai.members[0].name, somchai.head.phone, somchai.head.citizenId, household(2).head.name]) {
      expect(stored).not.toContain(clear);
      expect(events).not.toContain(clear);
    }
  });

  it('a refused registration, single or a CSV row, leaves no personal-data record', async () => {
    const before = await storedRows();
    const events = await relief.eventCount();
    const outside = await relief.post(`/declarations/${DECLARATION}/households`, 'officer', household(9, '86020101'));
    expect(outside.body.code).toBe('relief.household-outside-area');
    const twice = await relief.post(`/declarations/${DECLARATION}/households`, 'officer', {
      ...somchai,
      head: { ...somchai.head, name: 'นายอื่น' },
    });
    expect(twice.body.code).toBe('relief.household-already-registered');
    const unnamed = await relief.post(`/declarations/${DECLARATION}/households`, 'officer', {
      ...household(8),
      members: [{ citizenId: citizenId(508), name: ' ' }],
    });
    expect(unnamed.status).toBe(400);
    expect(await storedRows()).toEqual(before);
    expect(await relief.eventCount()).toBe(events);
  });

  it('an officer reads the people in clear, with a reason, and the read is recorded in the PDPA access log', async () => {
    const id = householdIds.get('1') as string;
    const answer = await readAs('officer', id).expect(200);
    expect(answer.body).toEqual({
      householdId: id,
      kept: true,
      head: { name: somchai.head.name, phone: somchai.head.phone, citizenId: grouped(somchai.head.citizenId) },
      members: [{ name: somchai.members[0].name, phone: null, citizenId: grouped(somchai.members[0].citizenId) }],
      citizenIdMasked: false,
    });
    const log = relief.app.get<PersonalDataAccessLog>(PERSONAL_DATA_ACCESS_LOG);
    const { items } = await log.list(`relief/${DECLARATION}/${id}`, 10);
    expect(items).toEqual([
      expect.objectContaining({
        userId: 'officer-cp',
        role: 'relief-officer',
        reason: 'ตรวจสอบก่อนจ่ายเงิน (check before paying)',
        route: 'GET /api/relief/declarations/:declarationId/households/:householdId/personal-data',
      }),
    ]);
    expect(JSON.stringify(items)).not.toContain(somchai.head.name);
  });

  it('a read without a reason is refused and recorded nowhere', async () => {
    const id = householdIds.get('2') as string;
    const answer = await relief.get(`/declarations/${DECLARATION}/households/${id}/personal-data`, 'officer');
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 400, code: 'personal-data.reason-required' });
    expect(answer.body.messageTh).toEqual(expect.any(String));
    const log = relief.app.get<PersonalDataAccessLog>(PERSONAL_DATA_ACCESS_LOG);
    expect((await log.list(`relief/${DECLARATION}/${id}`, 10)).items).toEqual([]);
  });

  it('a household imported by CSV reads back the same way', async () => {
    const answer = await readAs('chair', householdIds.get('2') as string).expect(200);
    expect(answer.body).toMatchObject({
      kept: true,
      head: { name: household(2).head.name },
      members: [{ name: household(2).members[0].name }],
    });
  });

  it('an auditor sees the citizen IDs masked; the view-without-personal-data role sees every field masked', async () => {
    const id = householdIds.get('1') as string;
    const audited = await readAs('auditor', id).expect(200);
    expect(audited.body).toMatchObject({
      citizenIdMasked: true,
      head: { name: somchai.head.name, citizenId: expect.stringMatching(/^3-xxxx-xxxxx-xx-\d$/) },
    });
    const viewed = await readAs('viewer', id).expect(200);
    expect(viewed.body).toMatchObject({
      citizenIdMasked: true,
      head: { name: 'นxxxxxxx ใxxxx', phone: 'xxx-xxx-xx01', citizenId: expect.stringMatching(/^3-xxxx-xxxxx-xx-\d$/) },
      members: [{ name: expect.stringMatching(/^นx+ ใx+$/) }],
    });
    expect(JSON.stringify(viewed.body)).not.toContain('สมชาย');
  });

  it('refuses a household id that is not one, or not registered, and a reader outside the area', async () => {
    expect((await readAs('officer', 'not-a-hash')).body.code).toBe('relief.household-id-invalid');
    expect((await readAs('officer', 'a'.repeat(64))).body.code).toBe('relief.household-not-registered');
    expect((await readAs('phuketOfficer', householdIds.get('1') as string)).body.code).toBe('auth.out-of-scope');
  });
});
