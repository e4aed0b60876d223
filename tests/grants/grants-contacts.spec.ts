import { ContactVault, GRANTS_CONTACTS } from '@kongthun/grants-service';
import { PERSONAL_DATA_ACCESS_LOG, PersonalDataAccessLog } from '@kongthun/identity-service';
import { startEmbeddedGrants } from './embedded-grants-fixture';

const organisation = (organisationId: string) => ({
  organisationId,
  name: 'เครือข่ายองค์กรชุมชนอำเภอแก่งคอย',
  type: 'network',
  areaCode: '190201',
  bankAccount: '987-6-54321-0',
  representativeCitizenId: '1101700230708',
  contacts: [
    { name: 'นางสาวสมใจ ใจดี', phone: '081-234-5678', role: 'ผู้ประสานงาน' },
    { personalDataRef: 'pd-kept-elsewhere', role: 'เหรัญญิก' },
  ],
});

describe("organisations' contact persons, encrypted, through the embedded API", () => {
  let host: Awaited<ReturnType<typeof startEmbeddedGrants>>;
  beforeAll(async () => {
    host = await startEmbeddedGrants();
  });
  afterAll(() => host.close());

  const contacts = (organisationId: string, as: string, reason?: string) =>
    host.get(`/organisations/${organisationId}/contacts${reason ? `?reason=${encodeURIComponent(reason)}` : ''}`, as);

  it('keeps a named contact encrypted: the event holds a reference, not the person', async () => {
    const registered = (await host.post('/organisations', 'officer', organisation('org-kaeng-khoi')).expect(201)).body;
    const [kept, byRef] = registered.events[0].data.contacts;
    expect(kept).toEqual({ personalDataRef: expect.stringMatching(/^contact-/), role: 'ผู้ประสานงาน' });
    expect(byRef).toEqual({ personalDataRef: 'pd-kept-elsewhere', role: 'เหรัญญิก' });
    expect(JSON.stringify(registered)).not.toMatch(/สมใจ|081-234/);
  });

  it('decrypts them for a grants officer who says why, and records the read (PDPA)', async () => {
    await contacts('org-kaeng-khoi', 'officer').expect(400);
    const { body } = await contacts('org-kaeng-khoi', 'officer', 'นัดประชุมติดตามโครงการ').expect(200);
    expect(body.contacts).toEqual([
      {
        personalDataRef: expect.stringMatching(/^contact-/),
        role: 'ผู้ประสานงาน',
        kept: true,
        name: 'นางสาวสมใจ ใจดี',
        phone: '081-234-5678',
      },
      { personalDataRef: 'pd-kept-elsewhere', role: 'เหรัญญิก', kept: false, name: null, phone: null },
    ]);
    const log = host.app.get<PersonalDataAccessLog>(PERSONAL_DATA_ACCESS_LOG, { strict: false });
    const page = await log.list('grants/organisation/org-kaeng-khoi', 10);
    expect(page.items.map(({ userId, role, reason }) => ({ userId, role, reason }))).toEqual([
      { userId: 'sb-officer', role: 'grants-officer', reason: 'นัดประชุมติดตามโครงการ' },
    ]);
  });

  it('an officer of another province, an auditor or a treasurer does not read them', async () => {
    await contacts('org-kaeng-khoi', 'phuketOfficer', 'ตรวจสอบ').expect(404);
    await contacts('org-kaeng-khoi', 'auditor', 'ตรวจสอบ').expect(403);
    await contacts('org-kaeng-khoi', 'treasurer', 'ตรวจสอบ').expect(403);
  });

  it('a refused registration writes nothing and keeps none of its contacts', async () => {
    const vault = host.app.get<ContactVault>(GRANTS_CONTACTS, { strict: false });
    const discard = jest.spyOn(vault, 'discard');
    const before = await host.allEvents();
    const refused = await host.post('/organisations', 'officer', organisation('org-kaeng-khoi')).expect(409);
    expect(refused.body).toMatchObject({ code: 'organisation.already-registered' });
    expect(await host.allEvents()).toBe(before);
    expect(discard).toHaveBeenCalledTimes(1);
    expect(await vault.read(discard.mock.calls[0][0], 'org-kaeng-khoi')).toBeUndefined();
  });
});
