import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { Money } from '@kongthun/kernel';
import { registerFundBody } from '../commands/fund-command-bodies';
import { FundCommandHandler } from '../commands/fund-command-handler';
import { EnrolMemberRequest } from '../http/fund-requests';
import { InMemoryPersonalDataStore } from './in-memory-personal-data-store';
import { MasterKey } from '@kongthun/kernel';
import { MemberPersonalData } from './member-personal-data';
import { Erasure, SealedPersonalData } from './personal-data';
import { PersonalDataVault } from './personal-data-vault';

const key = 'citizen-key-for-tests-only';
const scope = { funds: ['f-1'] };
const admin: AuthenticatedActor = { userId: 'admin', role: 'admin', scope: {} };
const chair: AuthenticatedActor = { userId: 'somchai', role: 'committee', scope };
const treasurer: AuthenticatedActor = { userId: 'malee', role: 'treasurer', scope };

/** A store that remembers what was put, and whose next shred can fail as if the process stopped between event and key deletion. */
class FlakyStore extends InMemoryPersonalDataStore {
  failNextShred = false;
  readonly refsPut: string[] = [];
  override async put(record: SealedPersonalData) {
    this.refsPut.push(record.ref);
    return super.put(record);
  }
  override async shred(ref: string, erasure: Erasure) {
    if (this.failNextShred) {
      this.failNextShred = false;
      throw new Error('connection lost');
    }
    return super.shred(ref, erasure);
  }
}

const request = (memberId: string, citizenId: string): EnrolMemberRequest => ({
  memberId,
  citizenId,
  name: 'นายบุญมี ทองดี',
  phone: '080-000-0101',
  planId: 'baht-a-day',
  enrolledOn: '2024-02-01',
  joiningFee: Money.parse('10.00'),
  beneficiary: { name: 'นางสาวสมใจ ทองดี', phone: null, citizenId: null, relationship: 'บุตร' },
});

describe('members personal data, service level', () => {
  const setup = async () => {
    const handler = new FundCommandHandler(new InMemoryEventStore());
    const store = new FlakyStore();
    const members = new MemberPersonalData(
      handler,
      new PersonalDataVault(store, MasterKey.fromSecret('personal-data-master-key-for-tests-only')),
      key,
    );
    await handler.execute(
      'f-1',
      admin,
      registerFundBody(
        {
          fundId: 'f-1',
          name: 'กองทุนทดสอบ',
          areaCode: '830101',
          foundedOn: '2024-01-05',
          committee: [
            { userId: 'somchai', role: 'chair', citizenId: '1101700230708', personalDataRef: 'pd-c-1' },
            { userId: 'malee', role: 'treasurer', citizenId: '3830100000034', personalDataRef: 'pd-c-2' },
          ],
          rules: {
            joiningFee: '10.00',
            contributionPlans: [{ planId: 'baht-a-day', name: 'วันละบาท', monthlyAmount: '30.00', lumpSums: [] }],
            benefits: [{ benefit: 'birth', amount: '500.00', per: 'event', yearlyCap: null, waitingPeriodDays: 180 }],
            capYear: 'fiscal',
            lapse: { missedMonths: 3 },
            approval: { approvalsRequired: 1, largeClaimLimit: '2000.00', approvalsAboveLimit: 1 },
            matchingTargets: [],
          },
        },
        key,
      ),
    );
    await members.enrol('f-1', treasurer, request('m-1', '3830100000018'));
    return { handler, store, members };
  };

  it('a repeated erasure order finishes a shredding that was interrupted after the event was recorded', async () => {
    const { handler, store, members } = await setup();
    store.failNextShred = true;
    await expect(members.erase('f-1', 'm-1', chair, { ground: 'data-subject-request', requestRef: 'r-1' })).rejects.toThrow(
      'connection lost',
    );
    // The events already say erased, so the data is not shown even though its key still exists.
    await expect(members.read('f-1', 'm-1', treasurer)).rejects.toMatchObject({ status: 410 });
    await expect(members.erase('f-1', 'm-1', chair, { ground: 'data-subject-request', requestRef: 'r-1' })).rejects.toMatchObject({
      code: 'personal-data.already-erased',
    });
    const ref = (await handler.withMember('f-1', 'm-1')).members.get('m-1')?.personalDataRef ?? '';
    expect(await store.get(ref)).toMatchObject({ status: 'erased', erasedBy: 'somchai' });
  });

  it('a refused enrolment discards the data it had stored; a refused erasure shreds nothing', async () => {
    const { store, members } = await setup();
    await expect(members.enrol('f-1', treasurer, request('m-1', '3830100000026'))).rejects.toMatchObject({ code: 'member.duplicate' });
    const [kept, refused] = store.refsPut;
    expect(await store.get(refused)).toBeUndefined();
    expect((await store.get(kept))?.status).toBe('present');
    await expect(members.erase('f-1', 'm-1', treasurer, { ground: 'data-subject-request', requestRef: 'r-1' })).rejects.toMatchObject({
      code: 'auth.chair-required',
    });
    expect((await members.read('f-1', 'm-1', treasurer)).name).toBe('นายบุญมี ทองดี');
  });
});
