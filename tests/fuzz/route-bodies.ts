import { demoCitizenId, demoRules } from '@kongthun/embedded';
import { WORLD } from './world';

/** A valid request to one route, in the fuzz test's world: the seed every generated body is a mutation of. */
export interface RouteSeed {
  /** The path's parameters: ids of the world, so the commands meet real funds, projects, declarations. */
  params?: Record<string, string>;
  /** A JSON body the route may accept; `{}` for a command that takes none. */
  body?: Record<string, unknown>;
  /** A text/csv upload instead of JSON. */
  csv?: string;
  /** Top-level fields given a fresh id on each call, so that an unmutated seed can be accepted more than once. */
  fresh?: string[];
  /** Who calls it when not an administrator: the role its matrix cell names. */
  as: string;
}

const { fund, programme, declaration, house, today } = WORLD;
const reversal = { reversalId: 'rv-1', reason: 'บันทึกผิดคน', reversedOn: today };
const citizen = WORLD.chumphonCitizenId;

/**
 * Every route that changes something (POST, PUT, PATCH, DELETE) of every service in the embedded
 * host, keyed as the role matrix names it. The fuzz test fails when a route has no seed here: a new
 * command is fuzzed from the day it exists.
 */
export const ROUTE_SEEDS: Record<string, RouteSeed> = {
  // welfare
  'POST /api/welfare/funds': {
    body: {
      fundId: 'fz-new-fund',
      name: 'กองทุนสวัสดิการชุมชนใหม่',
      areaCode: '830101',
      foundedOn: '2025-01-05',
      rules: demoRules,
      committee: [
        { userId: 'fz-chair', role: 'chair', citizenId: demoCitizenId(911), personalDataRef: 'pd-11' },
        { userId: 'fz-treasurer', role: 'treasurer', citizenId: demoCitizenId(912), personalDataRef: 'pd-12' },
      ],
    },
    fresh: ['fundId'],
    as: 'admin',
  },
  'POST /api/welfare/funds/:fundId/rules': {
    params: { fundId: fund },
    body: { rules: demoRules, effectiveFrom: WORLD.daysFrom(2), resolutionRef: 'res-1' },
    fresh: ['resolutionRef'],
    as: 'chair',
  },
  'POST /api/welfare/funds/:fundId/relations': {
    params: { fundId: fund },
    body: { userId: 'prasert', memberId: 'm-1', relationship: 'พี่สาว' },
    as: 'chair',
  },
  'POST /api/welfare/funds/:fundId/members': {
    params: { fundId: fund },
    body: { ...WORLD.enrolment, memberId: 'm-2', citizenId: demoCitizenId(2), enrolledOn: today },
    fresh: ['memberId'],
    as: 'treasurer',
  },
  'POST /api/welfare/funds/:fundId/contributions': {
    params: { fundId: fund },
    body: { contributionId: 'ct-2', memberId: 'm-1', months: 1, amount: '30.00', receivedOn: today, receiptRef: 'r-2' },
    fresh: ['contributionId', 'receiptRef'],
    as: 'treasurer',
  },
  'POST /api/welfare/funds/:fundId/matching-funds': {
    params: { fundId: fund },
    body: {
      matchingId: 'mt-1',
      source: 'codi',
      sourceName: 'พอช.',
      fiscalYear: 2568,
      amount: '100.00',
      receivedOn: today,
      documentRef: 'doc-1',
      amountWords: 'หนึ่งร้อยบาทถ้วน',
    },
    fresh: ['matchingId', 'documentRef'],
    as: 'treasurer',
  },
  'POST /api/welfare/funds/:fundId/admin-overrides': {
    params: { fundId: fund },
    body: { overrideId: 'ov-1', amount: '50.00', purpose: 'ค่าเครื่องเขียน', resolutionRef: 'res-2', approverIds: ['somchai', 'prasert'] },
    fresh: ['overrideId'],
    as: 'chair',
  },
  'POST /api/welfare/funds/:fundId/admin-spending': {
    params: { fundId: fund },
    body: { spendingId: 'sp-1', amount: '1.00', purpose: 'ค่าเครื่องเขียน', spentOn: today, documentRef: 'doc-2', overrideId: null },
    fresh: ['spendingId', 'documentRef'],
    as: 'treasurer',
  },
  'POST /api/welfare/funds/:fundId/admin-spending/:spendingId/reversal': {
    params: { fundId: fund, spendingId: 'sp-1' },
    body: reversal,
    fresh: ['reversalId'],
    as: 'chair',
  },
  'POST /api/welfare/funds/:fundId/claims': {
    params: { fundId: fund },
    body: WORLD.claim('c-9'),
    fresh: ['claimId'],
    as: 'treasurer',
  },
  'POST /api/welfare/funds/:fundId/claims/:claimId/approvals': { params: { fundId: fund, claimId: 'c-2' }, body: {}, as: 'chair' },
  'POST /api/welfare/funds/:fundId/claims/:claimId/rejection': {
    params: { fundId: fund, claimId: 'c-3' },
    body: { reason: 'ไม่มีใบรับรองแพทย์' },
    as: 'chair',
  },
  'POST /api/welfare/funds/:fundId/claims/:claimId/payout': {
    params: { fundId: fund, claimId: 'c-1' },
    body: { payoutId: 'p-1', method: 'cash', reference: 'pay-1', paidOn: today, payeeAccount: null },
    fresh: ['payoutId'],
    as: 'treasurer',
  },
  'POST /api/welfare/funds/:fundId/payouts/:payoutId/reversal': {
    params: { fundId: fund, payoutId: 'p-1' },
    body: reversal,
    fresh: ['reversalId'],
    as: 'treasurer',
  },
  'POST /api/welfare/funds/:fundId/committee': {
    params: { fundId: fund },
    body: {
      member: { userId: 'kanya', role: 'member', citizenId: '1101700230708', personalDataRef: 'pd-committee-kanya' },
      appointedOn: today,
    },
    as: 'chair',
  },
  'POST /api/welfare/funds/:fundId/committee/:userId/removal': {
    params: { fundId: fund, userId: 'wanida' },
    body: { removedOn: today, reason: 'ครบวาระ' },
    as: 'chair',
  },
  'POST /api/welfare/funds/:fundId/lapses': { params: { fundId: fund }, body: {}, as: 'treasurer' },
  'POST /api/welfare/funds/:fundId/matching-funds/:matchingId/reversal': {
    params: { fundId: fund, matchingId: 'mt-1' },
    body: reversal,
    fresh: ['reversalId'],
    as: 'chair',
  },
  'POST /api/welfare/funds/:fundId/members/:memberId/contributions/:contributionId/reversal': {
    params: { fundId: fund, memberId: 'm-4', contributionId: 'ct-4' },
    body: reversal,
    fresh: ['reversalId'],
    as: 'chair',
  },
  'POST /api/welfare/funds/:fundId/members/:memberId/death': {
    params: { fundId: fund, memberId: 'm-3' },
    body: { diedOn: today, evidenceRef: 'death-cert-1' },
    as: 'treasurer',
  },
  'POST /api/welfare/funds/:fundId/members/:memberId/resignation': {
    params: { fundId: fund, memberId: 'm-4' },
    body: { resignedOn: today, reason: 'ย้ายภูมิลำเนา' },
    as: 'treasurer',
  },
  'POST /api/welfare/funds/:fundId/members/:memberId/personal-data/erasure': {
    params: { fundId: fund, memberId: 'm-5' },
    body: { ground: 'data-subject-request', requestRef: 'pdpa-1' },
    as: 'chair',
  },

  // grants
  'POST /api/grants/programmes': {
    body: { ...WORLD.programmeRegistration, programmeId: 'fz-programme-2' },
    fresh: ['programmeId'],
    as: 'grantsOfficer',
  },
  'POST /api/grants/programmes/:programmeId/rules': {
    params: { programmeId: programme },
    body: { rules: { ...WORLD.projectRules, version: 2, effectiveFrom: '2023-10-01' } },
    as: 'admin',
  },
  'POST /api/grants/programmes/:programmeId/budgets': {
    params: { programmeId: programme },
    body: { fiscalYear: 2567, openedOn: '2023-10-01' },
    as: 'grantsOfficer',
  },
  'POST /api/grants/programmes/:programmeId/budgets/:fiscalYear/allocations': {
    params: { programmeId: programme, fiscalYear: '2566' },
    body: { ...WORLD.allocation, allocationId: 'al-2', kind: 'increase', amount: '1,000.00', amountWords: 'หนึ่งพันบาทถ้วน' },
    fresh: ['allocationId'],
    as: 'grantsOfficer',
  },
  'POST /api/grants/organisations': {
    body: { ...WORLD.organisation, organisationId: 'org-2' },
    fresh: ['organisationId'],
    as: 'grantsOfficer',
  },
  'POST /api/grants/projects': { body: WORLD.proposal('pj-2'), fresh: ['projectId'], as: 'grantsOfficer' },
  'POST /api/grants/projects/:projectId/relations': {
    params: { projectId: 'pj-1' },
    body: { userId: 'prasert', relationship: 'พี่สาวของประธาน' },
    as: 'grantsOfficer',
  },
  'POST /api/grants/projects/:projectId/review': { params: { projectId: 'pj-1' }, body: { reviewerIds: ['somchai'] }, as: 'grantsOfficer' },
  'POST /api/grants/projects/:projectId/reviews': {
    params: { projectId: 'pj-1' },
    body: { score: 82, recommendation: 'fund', note: 'ตรงตามเป้าหมาย' },
    as: 'chair',
  },
  'POST /api/grants/projects/:projectId/rejection': { params: { projectId: 'pj-3' }, body: { reason: 'ซ้ำซ้อน' }, as: 'grantsOfficer' },
  'POST /api/grants/projects/:projectId/award': {
    params: { projectId: 'pj-1' },
    body: {
      awardId: 'aw-1',
      amount: '100,000.00',
      amountWords: 'หนึ่งแสนบาทถ้วน',
      conditions: ['รายงานก่อนเบิกงวดถัดไป'],
      decidedOn: '2023-01-10',
      endDate: '2023-09-30',
    },
    as: 'chair',
  },
  'POST /api/grants/projects/:projectId/tranches': {
    params: { projectId: 'pj-1' },
    body: { trancheNumber: 1, paidOn: '2023-02-01', method: 'bank-transfer', reference: 'tr-1' },
    as: 'grantsOfficer',
  },
  'POST /api/grants/projects/:projectId/reports': {
    params: { projectId: 'pj-1' },
    body: {
      reportId: 'rp-1',
      trancheNumber: 1,
      kind: 'expense',
      summary: 'ซื้อวัสดุ',
      lines: [{ category: 'materials', description: 'ปูน', amount: '1,000.00', receiptRef: 'rc-1', receiptSha256: 'a'.repeat(64) }],
    },
    fresh: ['reportId'],
    as: 'grantsOfficer',
  },
  'POST /api/grants/projects/:projectId/reports/:reportId/acceptance': {
    params: { projectId: 'pj-1', reportId: 'rp-1' },
    body: {},
    as: 'grantsOfficer',
  },
  'POST /api/grants/projects/:projectId/reports/:reportId/query': {
    params: { projectId: 'pj-1', reportId: 'rp-1' },
    body: { question: 'ใบเสร็จไม่มีลายมือชื่อ' },
    as: 'grantsOfficer',
  },
  'POST /api/grants/projects/:projectId/amendments': {
    params: { projectId: 'pj-1' },
    body: { amendmentId: 'am-1', kind: 'extend', newAmount: null, newEndDate: '2023-12-31', reason: 'ฝนตก', documentRef: 'doc-am-1' },
    fresh: ['amendmentId'],
    as: 'grantsOfficer',
  },
  'POST /api/grants/projects/:projectId/refunds': {
    params: { projectId: 'pj-1' },
    body: { refundId: 'rf-1', amount: '100.00', receivedOn: '2023-10-01', documentRef: 'doc-rf-1' },
    fresh: ['refundId'],
    as: 'grantsOfficer',
  },
  'POST /api/grants/projects/:projectId/close-out': { params: { projectId: 'pj-1' }, body: {}, as: 'grantsOfficer' },

  // relief (JSON)
  'POST /api/relief/declarations': {
    body: { ...WORLD.declarationBody, declarationId: 'fz-flood-2' },
    fresh: ['declarationId'],
    as: 'reliefOfficer',
  },
  'POST /api/relief/declarations/:declarationId/amendments': {
    params: { declarationId: declaration },
    body: { amendmentId: 'am-1', addAreas: ['860102'], removeAreas: [], documentRef: 'ประกาศ 18' },
    fresh: ['amendmentId'],
    as: 'reliefOfficer',
  },
  'POST /api/relief/declarations/:declarationId/extensions': {
    params: { declarationId: declaration },
    body: { until: WORLD.daysFrom(90), documentRef: 'ประกาศ 19' },
    as: 'reliefOfficer',
  },
  'POST /api/relief/declarations/:declarationId/allocations': {
    params: { declarationId: declaration },
    body: { allocationId: 'al-1', sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร', amount: '50000.00', receivedOn: today, documentRef: 'doc-1' },
    fresh: ['allocationId'],
    as: 'reliefOfficer',
  },
  'POST /api/relief/declarations/:declarationId/households': {
    params: { declarationId: declaration },
    body: { ...WORLD.household, houseRegistrationNo: '86010100002', head: { citizenId: citizen(2), name: 'นายประยูร แก้วมณี' } },
    as: 'reliefOfficer',
  },
  'POST /api/relief/declarations/:declarationId/assessments': {
    params: { declarationId: declaration },
    body: {
      houseRegistrationNo: house,
      assessmentId: 'as-1',
      floodDays: 12,
      items: [{ item: 'house-repair', quantity: 1, assessedCost: '23500.00' }],
    },
    fresh: ['assessmentId'],
    as: 'reliefOfficer',
  },
  'POST /api/relief/declarations/:declarationId/payments/:reference/reversal': {
    params: { declarationId: declaration, reference: 'RF00013FA2C9D1B07E' },
    body: { reversalId: 'rv-1', reason: 'โอนผิดบัญชี' },
    as: 'reliefOfficer',
  },
  'POST /api/relief/runs': {
    body: {
      runId: 'fz-run-1',
      declarationId: declaration,
      programmeId: 'cp-social-fund',
      sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
      method: 'bank-transfer',
      controlTotals: { count: 1, amount: '23500.00' },
    },
    fresh: ['runId'],
    as: 'reliefOfficer',
  },
  'POST /api/relief/runs/:runId/dry-run': { params: { runId: 'fz-run-1' }, body: {}, as: 'reliefOfficer' },
  'POST /api/relief/runs/:runId/approvals': { params: { runId: 'fz-run-1' }, body: {}, as: 'chair' },
  'POST /api/relief/runs/:runId/bank-file': { params: { runId: 'fz-run-1' }, body: {}, as: 'reliefOfficer' },
  'POST /api/relief/runs/:runId/close': { params: { runId: 'fz-run-1' }, body: { reason: 'จ่ายครบแล้ว' }, as: 'reliefOfficer' },

  // relief (CSV uploads)
  'POST /api/relief/declarations/:declarationId/households/import': {
    params: { declarationId: declaration },
    csv:
      'house_registration_no,village_code,head_citizen_id,head_name,head_phone,member_citizen_ids,member_names,certificate_ref,certifier_citizen_id,community_meeting_ref,payee_method,payee_account\n' +
      `86010100003,86010101,${citizen(3)},นายวันชัย รอดภัย,0810000003,,,cert-3,${citizen(900)},ประชาคมหมู่ 1,bank-transfer,020-1-00003-7\n`,
    as: 'reliefOfficer',
  },
  'POST /api/relief/declarations/:declarationId/assessments/import': {
    params: { declarationId: declaration },
    csv: `house_registration_no,assessment_id,flood_days,items\n${house},as-csv-1,12,house-repair:1:23500.00;clothing:3:\n`,
    as: 'reliefOfficer',
  },
  'POST /api/relief/runs/:runId/results': {
    params: { runId: 'fz-run-1' },
    csv: 'reference,amount,status,reason,value_date\nRF00013FA2C9D1B07E,23500.00,SUCCESS,,2025-12-01\n',
    as: 'reliefOfficer',
  },

  // identity
  'POST /api/identity/users': {
    body: {
      userId: 'fz-user',
      role: 'grants-officer',
      scope: { areas: ['19'] },
      displayName: 'นางสาวน้อย',
      password: 'a-long-password-1',
      temporary: true,
    },
    fresh: ['userId'],
    as: 'admin',
  },
  'POST /api/identity/users/:userId/access': {
    params: { userId: 'malee' },
    body: { role: 'treasurer', scope: { funds: [fund] } },
    as: 'admin',
  },
  'POST /api/identity/users/:userId/disable': { params: { userId: 'prasert' }, body: { reason: 'ลาออก' }, as: 'admin' },
  'POST /api/identity/users/:userId/enable': { params: { userId: 'prasert' }, body: {}, as: 'admin' },
  'POST /api/identity/users/:userId/password': {
    params: { userId: 'somchai' },
    body: { password: 'a-long-password-2', temporary: true },
    as: 'admin',
  },
  'POST /api/auth/login': { body: { username: 'somchai', password: 'a-long-password-2' }, as: 'admin' },
  'POST /api/auth/refresh': { body: { refreshToken: 'not-a-refresh-token' }, as: 'admin' },
  'POST /api/auth/logout': { body: { refreshToken: 'not-a-refresh-token' }, as: 'admin' },
  'POST /api/auth/password': { body: { currentPassword: 'a-long-password-2', newPassword: 'a-long-password-3' }, as: 'chair' },

  // audit
  'POST /api/audit/checks': { body: {}, as: 'auditor' },
  'POST /api/audit/tree-heads': { body: {}, as: 'auditor' },
  'POST /api/audit/tree-heads/cosignatures': {
    body: {
      treeHead: { origin: 'kongthun', treeSize: 0, rootHash: '0'.repeat(64), timestamp: today },
      signature: { signer: 'witness', name: 'พยาน', keyId: '1'.repeat(64), publicKey: 'AAAA', signature: 'AAAA' },
    },
    as: 'auditor',
  },
  'POST /api/audit/witnesses': {
    body: { name: 'สำนักงานตรวจเงินแผ่นดิน', publicKeyPem: 'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=' },
    as: 'admin',
  },
  'POST /api/audit/witnesses/:keyId/revocation': { params: { keyId: '1'.repeat(64) }, body: { reason: 'กุญแจรั่ว' }, as: 'admin' },
  'POST /api/audit/findings/:findingId/case': { params: { findingId: 'f-1' }, body: {}, as: 'auditor' },
  'POST /api/audit/cases/:caseId/investigation': { params: { caseId: 'case-1' }, body: {}, as: 'auditor' },
  'POST /api/audit/cases/:caseId/notes': { params: { caseId: 'case-1' }, body: { noteId: 'n-1', text: 'สอบถามเหรัญญิกแล้ว' }, as: 'auditor' },
  'POST /api/audit/cases/:caseId/closure': {
    params: { caseId: 'case-1' },
    body: { resolution: 'referred', referredTo: 'NACC', reason: 'ส่งต่อ ป.ป.ช.' },
    as: 'auditor',
  },

  'PUT /api/audit/village-households': {
    body: { source: 'สถิติทะเบียนราษฎร (ตัวอย่าง)', asOf: '2025-10-31', villages: [{ villageCode: '86010101', households: 312 }] },
    as: 'auditor',
  },

  // provincial finance
  'POST /api/finance/api-keys': { body: { name: 'ระบบบัญชี สนง.คลังจังหวัดสระบุรี', area: '19' }, as: 'admin' },
  'POST /api/finance/api-keys/:keyId/revocation': { params: { keyId: 'key-1' }, body: {}, as: 'admin' },
};
