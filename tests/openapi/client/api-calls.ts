/**
 * The calls the end-to-end tests make, written as a client of the generated types would write them
 * (openapi-fetch over openapi-typescript's `paths`). Not compiled with the workspace: the OpenAPI
 * check (../openapi-client.spec.ts) generates `./kongthun-api` from the served document beside a
 * copy of this file and type-checks both, so a route whose answer lost its schema fails the build.
 */
import createClient from 'openapi-fetch';
import type { paths } from './kongthun-api';

const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:3000', headers: { authorization: 'Bearer <token>' } });
const fund = { params: { path: { fundId: 'phuket-talat-yai' } } };

export const walkAClaim = async (): Promise<string[]> => {
  const registered = await client.POST('/api/welfare/funds', {
    body: {
      fundId: 'phuket-talat-yai',
      name: 'กองทุนสวัสดิการชุมชนตำบลตลาดใหญ่',
      areaCode: '830101',
      foundedOn: '2024-01-05',
      committee: [{ userId: 'somchai', role: 'chair', citizenId: '1101700230708', personalDataRef: 'pd-1' }],
      rules: {
        joiningFee: '10.00',
        contributionPlans: [{ planId: 'baht-a-day', name: 'วันละบาท', monthlyAmount: '30.00', lumpSums: [] }],
        benefits: [{ benefit: 'sickness', amount: '100.00', per: 'hospital-night', yearlyCap: '1000.00', waitingPeriodDays: 180 }],
        capYear: 'fiscal',
        lapse: { missedMonths: 6 },
        approval: { approvalsRequired: 2, largeClaimLimit: '5000.00', approvalsAboveLimit: 3 },
        matchingTargets: [{ source: 'local-government', percentOfMemberContributions: 100 }],
      },
    },
  });
  if (registered.error) return [registered.error.code, registered.error.messageTh];

  const enrolled = await client.POST('/api/welfare/funds/{fundId}/members', {
    ...fund,
    headers: { 'idempotency-key': '0193a2b4-7c1e-7c3a-9f10-2b3c4d5e6f70' },
    body: {
      memberId: 'm-1',
      citizenId: '1101700230708',
      name: 'นายบุญมี ทองดี',
      planId: 'baht-a-day',
      enrolledOn: '2024-02-01',
      joiningFee: '10.00',
      beneficiary: { name: 'นางสาวสมใจ ทองดี', citizenId: null, relationship: 'บุตร' },
    },
  });
  const contributed = await client.POST('/api/welfare/funds/{fundId}/contributions', {
    ...fund,
    body: { contributionId: 'ct-1', memberId: 'm-1', months: 12, amount: '360.00', receivedOn: '2024-02-01', receiptRef: 'r-1' },
  });
  const claimed = await client.POST('/api/welfare/funds/{fundId}/claims', {
    ...fund,
    body: {
      claimId: 'c-1',
      memberId: 'm-1',
      benefit: 'sickness',
      eventDate: '2024-09-01',
      hospitalNights: 2,
      evidenceRefs: ['med-1'],
      amountFigures: '200.00',
      amountWords: 'สองร้อยบาทถ้วน',
    },
  });
  const approved = await client.POST('/api/welfare/funds/{fundId}/claims/{claimId}/approvals', {
    params: { path: { fundId: 'phuket-talat-yai', claimId: 'c-1' } },
  });
  const paid = await client.POST('/api/welfare/funds/{fundId}/claims/{claimId}/payout', {
    params: { path: { fundId: 'phuket-talat-yai', claimId: 'c-1' } },
    body: { payoutId: 'p-1', method: 'promptpay', reference: 'pp-1', paidOn: '2024-09-03', payeeAccount: '0812345678' },
  });
  const recordedTypes = [enrolled, contributed, claimed, approved, paid].flatMap(
    (answer) => answer.data?.events.map((event) => event.type) ?? [],
  );

  const statement = await client.GET('/api/welfare/funds/{fundId}/members/{memberId}/statement', {
    params: { path: { fundId: 'phuket-talat-yai', memberId: 'm-1' } },
  });
  const arrearsMonths: number | undefined = statement.data?.arrears.months;
  const paidClaims =
    statement.data?.claims.filter((claim) => claim.payout !== null && !claim.payout.reversed).map((claim) => claim.amount) ?? [];
  const overview = await client.GET('/api/welfare/funds/{fundId}', fund);
  const balance: string | undefined = overview.data?.balance;
  const funds = await client.GET('/api/welfare/funds', { params: { query: { limit: 20 } } });
  const next: string | null | undefined = funds.data?.nextCursor;

  const findings = await client.GET('/api/audit/findings', { params: { query: { limit: '50' } } });
  const firstFinding = findings.data?.findings[0];
  const evidence = firstFinding
    ? await client.GET('/api/audit/findings/{findingId}/evidence', { params: { path: { findingId: firstFinding.findingId } } })
    : undefined;
  const treeSize: number | undefined = evidence?.data?.treeHead.treeSize;
  const refusal = statement.error ?? findings.error;
  const refused: string | undefined = refusal && `${refusal.code}: ${refusal.messageTh}`;

  // The generated types must refuse what the API refuses: money is a decimal string, never a number.
  await client.POST('/api/welfare/funds/{fundId}/contributions', {
    ...fund,
    // @ts-expect-error amount is a decimal string ("360.00"), not a number
    body: { contributionId: 'ct-2', memberId: 'm-1', months: 12, amount: 360, receivedOn: '2024-03-01', receiptRef: 'r-2' },
  });
  return [...recordedTypes, ...paidClaims, String(arrearsMonths), String(balance), String(next), String(treeSize), String(refused)];
};
