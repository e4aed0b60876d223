import { createHash } from 'node:crypto';
import { AuthenticatedActor } from '@kongthun/http';
import { KeyedHasher, Money, ThaiCitizenId } from '@kongthun/kernel';
import { GrantsCommandHandler, receiptHashOf } from '@kongthun/grants-service';
import { demoCitizenId } from './demo-people';

export const DEMO_GRANTS_PROGRAMME = 'codi-saraburi';

const programmes = { programmes: [DEMO_GRANTS_PROGRAMME] };
/** Invented people: the seed names real officials, who must not appear in a demo's red flags. */
export const grantsDemoActors: Record<string, AuthenticatedActor> = {
  officer: { userId: 'sb-grants-officer', role: 'grants-officer', scope: { areas: ['19'] } },
  rattana: { userId: 'rattana', role: 'committee', scope: programmes },
  somsak: { userId: 'somsak', role: 'committee', scope: programmes },
  wilai: { userId: 'wilai', role: 'committee', scope: programmes },
  director: { userId: 'director-central', role: 'committee', scope: programmes },
  auditor: { userId: 'auditor-saraburi', role: 'auditor', scope: { areas: ['19'] } },
};
export const grantsDemoUsers = [
  { label: 'เจ้าหน้าที่ทุน พอช. สระบุรี (grants-officer)', actor: grantsDemoActors.officer },
  { label: 'กรรมการพิจารณา รัตนา (committee)', actor: grantsDemoActors.rattana },
  { label: 'กรรมการพิจารณา สมศักดิ์ (committee)', actor: grantsDemoActors.somsak },
  { label: 'กรรมการพิจารณา วิไล (committee)', actor: grantsDemoActors.wilai },
  { label: 'ผอ.ภาคกลางและตะวันตก (committee, approver)', actor: grantsDemoActors.director },
  { label: 'ผู้ตรวจสอบ จ.สระบุรี (auditor)', actor: grantsDemoActors.auditor },
];

const RULES = {
  version: 1,
  effectiveFrom: '2022-10-01',
  approvalTiers: [
    { tier: 'regional-office', upTo: '2000000.00', approverIds: ['director-central'] },
    { tier: 'codi-board', upTo: null, approverIds: ['codi-board-chair'] },
  ],
  trancheSplitPercent: [40, 40, 20],
  releaseRequires: ['progress', 'expense'] as ('progress' | 'expense')[],
  reviewQuorum: 3,
};

/**
 * Saraburi's community organisations. Area codes: province 19 (Saraburi); districts 1901 Mueang
 * Saraburi, 1902 Kaeng Khoi, 1903 Nong Khae, 1904 Wihan Daeng, 1909 Phra Phutthabat, with the
 * first subdistrict of each (its district seat). /work/shared gives no subdistrict list for
 * Saraburi: these six-digit codes follow DOPA's numbering and should be checked against its list.
 */
const ORGANISATIONS = [
  { id: 'org-pak-phriao', name: 'สภาองค์กรชุมชนตำบลปากเพรียว', area: '190101', account: '3011234501', n: 1901 },
  { id: 'org-tan-diao', name: 'สภาองค์กรชุมชนตำบลตาลเดี่ยว', area: '190201', account: '3011234502', n: 1902 },
  { id: 'org-nong-khae', name: 'สภาองค์กรชุมชนตำบลหนองแค', area: '190301', account: '3011234503', n: 1903 },
  { id: 'org-nong-mu', name: 'กองทุนสวัสดิการชุมชนตำบลหนองหมู', area: '190401', account: '3011234504', n: 1904 },
  { id: 'org-khun-khlon', name: 'เครือข่ายองค์กรชุมชนตำบลขุนโขลน', area: '190901', account: '3011234505', n: 1909 },
];

/** Five projects of fiscal 2566 (seed 003), in figures and words: 6,749,210.00 baht together. */
const PROJECTS = [
  { id: 'sb-2566-01', org: 0, title: 'พัฒนาระบบข้อมูลชุมชนตำบลปากเพรียว', amount: '850,000.00', words: 'แปดแสนห้าหมื่นบาทถ้วน' },
  { id: 'sb-2566-02', org: 1, title: 'ฟื้นฟูอาชีพและเศรษฐกิจชุมชนตำบลตาลเดี่ยว', amount: '1,200,000.00', words: 'หนึ่งล้านสองแสนบาทถ้วน' },
  {
    id: 'sb-2566-03',
    org: 2,
    title: 'ซ่อมแซมที่อยู่อาศัยผู้มีรายได้น้อยตำบลหนองแค',
    amount: '1,499,210.00',
    words: 'หนึ่งล้านสี่แสนเก้าหมื่นเก้าพันสองร้อยสิบบาทถ้วน',
  },
  { id: 'sb-2566-04', org: 3, title: 'สวัสดิการชุมชนดูแลผู้สูงอายุตำบลหนองหมู', amount: '1,700,000.00', words: 'หนึ่งล้านเจ็ดแสนบาทถ้วน' },
  { id: 'sb-2566-05', org: 4, title: 'จัดการที่ดินทำกินและแหล่งน้ำตำบลขุนโขลน', amount: '1,500,000.00', words: 'หนึ่งล้านห้าแสนบาทถ้วน' },
];

const sha = (name: string) => createHash('sha256').update(name).digest('hex');

/**
 * The Saraburi CODI programme for fiscal 2566: one project in each state (proposed, under review,
 * awarded, tranche 2 awaiting its report, closed with a refund), and one pattern the auditor
 * flags: a receipt of the closed project claimed again by another project, and a reviewer who
 * declares, after the award, a relation to the organisation she recommended. Loaded once.
 */
export const loadGrantsDemo = async (handler: GrantsCommandHandler, hashKey: string) => {
  const result = {
    programmeId: DEMO_GRANTS_PROGRAMME,
    name: 'สนับสนุนขบวนองค์กรชุมชนจังหวัดสระบุรี (พอช.) ปีงบประมาณ 2566',
    users: grantsDemoUsers,
    created: false,
  };
  if ((await handler.programme(DEMO_GRANTS_PROGRAMME)).status === 'Registered') return result;
  const { officer, rattana, somsak, wilai, director } = grantsDemoActors;
  const hasher = new KeyedHasher(hashKey);
  const m = (baht: string) => Money.parse(baht);
  await handler.programmeCommand({ userId: 'admin', role: 'admin', scope: {} }, DEMO_GRANTS_PROGRAMME, {
    type: 'RegisterProgramme',
    data: {
      programmeId: DEMO_GRANTS_PROGRAMME,
      name: 'สนับสนุนขบวนองค์กรชุมชนจังหวัดสระบุรี',
      funder: 'สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)',
      areaCodes: ['19'],
      rules: RULES,
    },
  });
  await handler.budgetCommand(officer, DEMO_GRANTS_PROGRAMME, 2566, {
    type: 'OpenBudget',
    data: {
      programmeId: DEMO_GRANTS_PROGRAMME,
      fiscalYear: 2566,
      programmeName: 'สนับสนุนขบวนองค์กรชุมชนจังหวัดสระบุรี',
      funder: 'สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)',
      areaCodes: ['19'],
      openedOn: '2022-10-01',
    },
  });
  await handler.budgetCommand(officer, DEMO_GRANTS_PROGRAMME, 2566, {
    type: 'AllocateBudget',
    data: {
      allocationId: 'al-2566-01',
      kind: 'allocation',
      amount: m('6,749,210.00'),
      amountWords: 'หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน',
      documentRef: 'พอช. ภกต. 0123/2566',
      receivedOn: '2022-11-01',
    },
  });
  for (const org of ORGANISATIONS)
    await handler.organisationCommand(officer, org.id, {
      type: 'RegisterOrganisation',
      data: {
        organisationId: org.id,
        name: org.name,
        type: org.id.startsWith('org-nong-mu') ? 'welfare-fund' : org.id === 'org-khun-khlon' ? 'network' : 'community-council',
        areaCode: org.area,
        bankAccountHash: hasher.account(org.account),
        representativeCitizenIdHash: hasher.citizenId(ThaiCitizenId.parse(demoCitizenId(org.n))),
        contacts: [{ personalDataRef: `pd-${org.id}-chair`, role: 'ประธาน' }],
      },
    });

  const project = (id: string) => handler.projectCommand.bind(handler, officer, id);
  const submit = async (p: (typeof PROJECTS)[number]) =>
    project(p.id)({
      type: 'SubmitProposal',
      data: {
        projectId: p.id,
        programmeId: DEMO_GRANTS_PROGRAMME,
        fiscalYear: 2566,
        organisation: await handler.organisationFacts(ORGANISATIONS[p.org].id),
        title: p.title,
        objectives: [p.title],
        areaCode: ORGANISATIONS[p.org].area,
        budgetLines: [
          { category: 'activities', description: 'กิจกรรมโครงการ', amount: m(p.amount).minus(m('100,000')) },
          { category: 'meetings', description: 'ประชุมและติดตามผล', amount: m('100,000') },
        ],
        requestedAmount: m(p.amount),
        requestedAmountWords: p.words,
        plannedTranches: [
          { number: 1, plannedOn: '2023-02-01' },
          { number: 2, plannedOn: '2023-05-01' },
          { number: 3, plannedOn: '2023-08-01' },
        ],
        plannedEndOn: '2023-09-30',
        documentRefs: [`${p.id}.pdf`],
        rules: RULES,
      },
    });
  const review = async (id: string) => {
    await project(id)({ type: 'OpenReview', data: { reviewerIds: ['rattana', 'somsak', 'wilai'], rules: RULES } });
  };
  const score = async (id: string) => {
    for (const reviewer of [rattana, somsak, wilai])
      await handler.projectCommand(reviewer, id, {
        type: 'ScoreProposal',
        data: { score: 78, recommendation: 'fund', note: 'สอดคล้องกับแผนพัฒนาตำบล' },
      });
  };
  const award = (p: (typeof PROJECTS)[number], decidedOn: string) =>
    handler.award(director, p.id, {
      awardId: `aw-${p.id}`,
      amount: m(p.amount),
      amountWords: p.words,
      conditions: ['ส่งรายงานความก้าวหน้าและรายงานการใช้จ่ายก่อนเบิกงวดถัดไป'],
      decidedOn,
      endDate: '2023-09-30',
    });
  const release = async (id: string, trancheNumber: number, paidOn: string) => {
    const facts = await handler.knownProject(officer, id);
    await project(id)({
      type: 'ReleaseTranche',
      data: {
        trancheNumber,
        paidOn,
        method: 'bank-transfer',
        reference: `ktb-${id}-${trancheNumber}`,
        organisation: await handler.organisationFacts(facts.organisationId),
        ruleVersion: 1,
      },
    });
  };
  const reports = async (id: string, trancheNumber: number, spent: string, receipt: string) => {
    await project(id)({
      type: 'SubmitReport',
      data: { reportId: `${id}-r${trancheNumber}p`, trancheNumber, kind: 'progress', summary: 'ดำเนินกิจกรรมตามแผน', lines: [] },
    });
    await project(id)({
      type: 'SubmitReport',
      data: {
        reportId: `${id}-r${trancheNumber}e`,
        trancheNumber,
        kind: 'expense',
        summary: 'รายงานการใช้จ่าย',
        lines: [
          {
            category: 'activities',
            description: 'ค่าวัสดุและกิจกรรม',
            amount: m(spent),
            receiptRef: receipt,
            receiptHash: receiptHashOf(hashKey, sha(receipt)),
          },
        ],
      },
    });
  };
  const accept = async (id: string, trancheNumber: number) => {
    await project(id)({ type: 'AcceptReport', data: { reportId: `${id}-r${trancheNumber}p` } });
    await project(id)({ type: 'AcceptReport', data: { reportId: `${id}-r${trancheNumber}e` } });
  };
  const [p1, p2, p3, p4, p5] = PROJECTS;

  await submit(p1); // proposed (เสนอโครงการ)
  await submit(p2); // under review (ระหว่างพิจารณา)
  await review(p2.id);
  await submit(p3); // awarded (อนุมัติแล้ว)
  await review(p3.id);
  await score(p3.id);
  await award(p3, '2023-01-20');
  // The pattern the auditor flags: a reviewer who recommended Nong Khae declares, after the award, a relation to it.
  await handler.projectCommand(wilai, p3.id, {
    type: 'DeclareRelation',
    data: { userId: 'wilai', relationship: 'น้องสาวของประธานสภาองค์กรชุมชน' },
  });

  // Closed with a refund (ปิดโครงการ คืนเงินเหลือจ่าย): three tranches, reports, 25,000 baht unspent returned.
  await submit(p5);
  await review(p5.id);
  await score(p5.id);
  await award(p5, '2023-01-10');
  await release(p5.id, 1, '2023-02-01');
  await reports(p5.id, 1, '600,000.00', 'ใบเสร็จ ร้านวัสดุขุนโขลน เล่ม 3 เลขที่ 0456');
  await accept(p5.id, 1);
  await release(p5.id, 2, '2023-05-02');
  await reports(p5.id, 2, '600,000.00', 'ใบเสร็จ สหกรณ์ขุนโขลน เลขที่ 1120');
  await accept(p5.id, 2);
  await release(p5.id, 3, '2023-08-01');
  await reports(p5.id, 3, '275,000.00', 'ใบเสร็จ ร้านเครื่องมือเกษตร เลขที่ 0789');
  await accept(p5.id, 3);
  await project(p5.id)({
    type: 'RecordRefund',
    data: { refundId: `rf-${p5.id}`, amount: m('25,000.00'), receivedOn: '2023-09-25', documentRef: 'ใบนำส่งเงินเหลือจ่าย 45/2566' },
  });
  await handler.projectThenReturn(officer, p5.id, { type: 'CloseProject', data: {} }, () => `close-${p5.id}`);

  // Tranche 2 awaiting its report (งวด 2 รอรายงาน); tranche 1's expenses include the closed project's receipt 0456.
  await submit(p4);
  await review(p4.id);
  await score(p4.id);
  await award(p4, '2023-01-15');
  await release(p4.id, 1, '2023-02-10');
  await reports(p4.id, 1, '600,000.00', 'ใบเสร็จ ร้านวัสดุขุนโขลน เล่ม 3 เลขที่ 0456');
  await accept(p4.id, 1);
  await release(p4.id, 2, '2023-05-10');
  return { ...result, created: true };
};
