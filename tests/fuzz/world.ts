import { demoCitizenId } from '@kongthun/embedded';

const today = new Date().toISOString().slice(0, 10);
const daysFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A citizen ID of Chumphon numbered `n` (check digit computed), for relief's households. */
const chumphonCitizenId = (n: number): string => {
  const base = `3860100${String(n).padStart(5, '0')}`;
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * (13 - i), 0);
  return `${base}${(11 - (sum % 11)) % 10}`;
};

const PROGRAMME = 'fz-programme';
const PROJECT_RULES = {
  version: 1,
  effectiveFrom: '2022-10-01',
  approvalTiers: [{ tier: 'regional-office', upTo: null, approverIds: ['somchai'] }],
  trancheSplitPercent: [40, 40, 20],
  releaseRequires: ['progress', 'expense'],
  reviewQuorum: 1,
};

/** The ids and the first bodies of the world the fuzz test's commands meet, one per service. */
export const WORLD = {
  today,
  daysFrom,
  chumphonCitizenId,
  fund: 'fz-fund',
  programme: PROGRAMME,
  declaration: 'fz-flood',
  house: '86010100001',
  enrolment: {
    memberId: 'm-1',
    citizenId: demoCitizenId(1),
    name: 'นางสมศรี มีสุข',
    phone: '081-234-5601',
    planId: 'baht-a-day',
    enrolledOn: '2024-02-01',
    joiningFee: '10.00',
    beneficiary: { name: 'เด็กชายก้อง มีสุข', phone: null, citizenId: demoCitizenId(501), relationship: 'บุตร' },
  },
  claim: (claimId: string) => ({
    claimId,
    memberId: 'm-1',
    benefit: 'sickness',
    eventDate: '2024-09-10',
    hospitalNights: 1,
    evidenceRefs: ['ev'],
    amountFigures: '100.00',
    amountWords: 'หนึ่งร้อยบาทถ้วน',
  }),
  projectRules: PROJECT_RULES,
  programmeRegistration: {
    programmeId: PROGRAMME,
    name: 'สนับสนุนขบวนองค์กรชุมชนจังหวัดสระบุรี',
    funder: 'สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)',
    areaCodes: ['19'],
    rules: PROJECT_RULES,
  },
  allocation: {
    allocationId: 'al-1',
    kind: 'allocation',
    amount: '6,000,000.00',
    amountWords: 'หกล้านบาทถ้วน',
    documentRef: 'พอช. 0123/2566',
    receivedOn: '2022-11-01',
  },
  organisation: {
    organisationId: 'org-1',
    name: 'สภาองค์กรชุมชนตำบลหนองแค',
    type: 'community-council',
    areaCode: '190301',
    bankAccount: '123-4-56789-0',
    representativeCitizenId: '1101700230708',
    contacts: [{ personalDataRef: 'pd-org-1', role: 'ประธาน' }],
  },
  proposal: (projectId: string) => ({
    projectId,
    programmeId: PROGRAMME,
    fiscalYear: 2566,
    organisationId: 'org-1',
    title: 'ซ่อมแซมที่อยู่อาศัย',
    objectives: ['ซ่อมบ้าน 20 หลัง'],
    areaCode: '190301',
    budgetLines: [{ category: 'materials', description: 'วัสดุ', amount: '100,000.00' }],
    requestedAmount: '100,000.00',
    requestedAmountWords: 'หนึ่งแสนบาทถ้วน',
    plannedTranches: [
      { number: 1, plannedOn: '2023-02-01' },
      { number: 2, plannedOn: '2023-05-01' },
      { number: 3, plannedOn: '2023-08-01' },
    ],
    plannedEndOn: '2023-09-30',
    documentRefs: ['proposal.pdf'],
  }),
  declarationBody: {
    declarationId: 'fz-flood',
    name: 'อุทกภัยอำเภอเมืองชุมพร',
    disasterType: 'flood',
    areaCodes: ['860101'],
    disasterDate: daysFrom(-10),
    from: daysFrom(-10),
    until: daysFrom(60),
    documentRef: 'ประกาศจังหวัดชุมพร ที่ 17',
    expectedHouseholds: 2500,
  },
  household: {
    houseRegistrationNo: '86010100001',
    villageCode: '86010101',
    head: { citizenId: chumphonCitizenId(1), name: 'นายสมพงษ์ ทองดี', phone: '0810000001' },
    members: [{ citizenId: chumphonCitizenId(501), name: 'นางมาลี ทองดี' }],
    certification: { documentRef: 'cert-1', certifierCitizenId: chumphonCitizenId(900) },
    communityMeetingRef: 'ประชาคมหมู่ 1',
    payee: { method: 'bank-transfer', account: '020-1-00001-7' },
  },
};
