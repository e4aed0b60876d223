import { demoCitizenId, demoRules } from '@kongthun/embedded';

/** Who posts each step: the fund's administrator, its treasurer, and two committee members. */
export type FundActor = 'admin' | 'malee' | 'somchai' | 'prasert';

/** Posts to `/api/welfare/funds<path>` as one of the fund's people, and expects 201. */
export type PostToFunds = (path: string, as: FundActor, body?: object) => Promise<void>;

/**
 * Through welfare's own HTTP API: a Phuket fund (830101) enrols `citizenId`, who claims three
 * nights in hospital on 2024-09-10; two committee members approve and the treasurer pays. The
 * audit scenarios pay the same person twice this way, from two funds or two programmes.
 */
export const payHospitalStay = async (post: PostToFunds, fundId: string, citizenId: string, payout: object): Promise<void> => {
  await post('', 'admin', {
    fundId,
    name: `กองทุนทดสอบ ${fundId}`,
    areaCode: '830101',
    foundedOn: '2024-01-05',
    rules: demoRules,
    committee: [
      { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
      { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
      { userId: 'prasert', role: 'member', citizenId: demoCitizenId(903), personalDataRef: 'pd-3' },
    ],
  });
  await post(`/${fundId}/members`, 'malee', {
    memberId: 'm-1',
    citizenId,
    name: 'นายบุญมี ทองดี',
    planId: 'baht-a-day',
    enrolledOn: '2024-02-01',
    joiningFee: '10.00',
    beneficiary: { name: 'นางสาวสมใจ ทองดี', citizenId: null, relationship: 'บุตร' },
  });
  await post(`/${fundId}/contributions`, 'malee', {
    contributionId: 'ct-1',
    memberId: 'm-1',
    months: 12,
    amount: '360.00',
    receivedOn: '2024-02-01',
    receiptRef: 'r-1',
  });
  await post(`/${fundId}/claims`, 'malee', {
    claimId: 'c-1',
    memberId: 'm-1',
    benefit: 'sickness',
    eventDate: '2024-09-10',
    hospitalNights: 3,
    evidenceRefs: ['med-cert'],
    amountFigures: '300.00',
    amountWords: 'สามร้อยบาทถ้วน',
  });
  await post(`/${fundId}/claims/c-1/approvals`, 'somchai');
  await post(`/${fundId}/claims/c-1/approvals`, 'prasert');
  await post(`/${fundId}/claims/c-1/payout`, 'malee', payout);
};
