import { dateOfInstant } from '@kongthun/welfare-domain';
import { FundCommandHandler, FundListReader, LapseSchedule } from '@kongthun/welfare-service';
import { enrolment, startEmbeddedFund } from './embedded-fund-fixture';

/** The scheduled lapse job of the hosts: what one run records, and that the next records nothing. */
describe('lapse job (embedded)', () => {
  const fundId = 'lapse-fund';
  const today = dateOfInstant(new Date().toISOString());

  const fundWithALateMember = async () => {
    const fund = await startEmbeddedFund(fundId);
    // m-late paid February to April 2024 and nothing since; m-now enrols today.
    await fund.post(`/${fundId}/members`, 'treasurer', enrolment('m-late', 1)).expect(201);
    await fund
      .post(`/${fundId}/contributions`, 'treasurer', {
        contributionId: 'ct-1',
        memberId: 'm-late',
        months: 3,
        amount: '90.00',
        receivedOn: '2024-02-01',
        receiptRef: 'r-1',
      })
      .expect(201);
    await fund.post(`/${fundId}/members`, 'treasurer', enrolment('m-now', 2, { enrolledOn: today })).expect(201);
    return fund;
  };

  it('one run lapses the member past the limit, as the system, and a second run changes nothing', async () => {
    const fund = await fundWithALateMember();
    try {
      const job = fund.app.get(LapseSchedule);
      expect(await job.runOnce()).toEqual(new Map([[fundId, 1]]));
      const [lapsed] = (await fund.stream()).filter((event) => event.type === 'welfare.member.lapsed');
      expect(lapsed.data).toMatchObject({ memberId: 'm-late', lapsedOn: '2024-08-01', paidThrough: '2024-04' });
      expect(lapsed.metadata.actor).toEqual({ userId: 'system.lapse-job', role: 'admin' });
      const statuses = (await fund.get(`/${fundId}/members`, 'treasurer').expect(200)).body.items.map(
        (item: { memberId: string; status: string }) => [item.memberId, item.status],
      );
      expect(statuses).toEqual([
        ['m-late', 'lapsed'],
        ['m-now', 'active'],
      ]);
      expect((await fund.get(`/${fundId}`, 'treasurer').expect(200)).body.members).toEqual({ lapsed: 1, active: 1 });

      const length = (await fund.stream()).length;
      expect(await job.runOnce()).toEqual(new Map([[fundId, 0]]));
      expect((await fund.stream()).length).toBe(length);
    } finally {
      await fund.close();
    }
  });

  it("reads only the candidates the member list names: never the roster, nor a paid-up member's stream", async () => {
    const fund = await fundWithALateMember();
    try {
      const read: string[] = [];
      const readStream = fund.store.readStream.bind(fund.store);
      fund.store.readStream = (streamId, options) => {
        read.push(streamId);
        return readStream(streamId, options);
      };
      expect(await fund.app.get(LapseSchedule).runOnce()).toEqual(new Map([[fundId, 1]]));
      expect(read.some((streamId) => streamId.startsWith(`welfare-member-${fundId}-m-late-`))).toBe(true);
      expect(
        read.filter((streamId) => streamId.startsWith(`welfare-member-${fundId}-m-now-`) || streamId.startsWith('welfare-roster-')),
      ).toEqual([]);
    } finally {
      await fund.close();
    }
  });

  it('runs on its timer until the host shuts it down', async () => {
    const fund = await fundWithALateMember();
    try {
      const job = new LapseSchedule(fund.app.get(FundCommandHandler), fund.app.get(FundListReader), 20);
      job.onApplicationBootstrap();
      const deadline = Date.now() + 10_000;
      while (!(await fund.stream()).some((event) => event.type === 'welfare.member.lapsed') && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await job.onApplicationShutdown();
      expect((await fund.stream()).filter((event) => event.type === 'welfare.member.lapsed').map((event) => event.data.memberId)).toEqual([
        'm-late',
      ]);
    } finally {
      await fund.close();
    }
  });

  it('an interval of 0 turns the job off', async () => {
    const fund = await fundWithALateMember();
    try {
      const job = new LapseSchedule(fund.app.get(FundCommandHandler), fund.app.get(FundListReader), 0);
      job.onApplicationBootstrap();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await job.onApplicationShutdown();
      expect((await fund.stream()).some((event) => event.type === 'welfare.member.lapsed')).toBe(false);
    } finally {
      await fund.close();
    }
  });
});
