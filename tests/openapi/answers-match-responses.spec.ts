import { z } from 'zod/v4';
import { auditAnswers } from '@kongthun/audit-service';
import { welfareAnswers } from '@kongthun/welfare-service';
import { FUNDS, paidSicknessClaim, startEmbeddedWithAudit } from '../audit/embedded-audit-fixture';

type Host = Awaited<ReturnType<typeof startEmbeddedWithAudit>>;

/**
 * The documented answers are the real ones: each route's body, as the embedded host answers it
 * after a claim was paid twice for one night (which raises a finding), parses under the schema the
 * route documents, with nothing left over (a field the document lacks fails too).
 */
describe('what the routes answer fits the schemas the OpenAPI document gives them', () => {
  let host: Host;
  const fundId = FUNDS[0];
  const fund = `/api/welfare/funds/${fundId}`;
  beforeAll(async () => {
    host = await startEmbeddedWithAudit();
    for (const id of FUNDS)
      await paidSicknessClaim(host.post, id, 7, {
        claimId: 'c-1',
        eventDate: '2024-09-10',
        nights: 3,
        amount: '300.00',
        words: 'สามร้อยบาทถ้วน',
      });
    await host.ledgerCaughtUp();
  }, 90_000);
  afterAll(() => host?.close());

  const fits = async (schema: z.ZodType, call: Promise<{ status: number; body: unknown }>, status = 200) => {
    const answer = await call;
    expect(answer.status).toBe(status);
    const parsed = schema.safeParse(answer.body);
    expect(parsed.success ? 'fits' : parsed.error.message).toBe('fits');
    // zod drops what a schema does not name: what is left must be the whole answer.
    expect(parsed.data).toEqual(answer.body);
    return answer.body;
  };

  it('welfare commands and views', async () => {
    await fits(
      welfareAnswers.recordedAnswer,
      host.post(`${fund}/contributions`, 'treasurer', {
        contributionId: 'ct-2',
        memberId: 'm-1',
        months: 1,
        amount: '30.00',
        receivedOn: '2025-02-01',
        receiptRef: 'r-2',
      }),
      201,
    );
    await fits(welfareAnswers.overviewAnswer, host.get(fund, 'treasurer'));
    await fits(welfareAnswers.statementAnswer, host.get(`${fund}/members/m-1/statement`, 'treasurer'));
    await fits(welfareAnswers.claimsQueueAnswer, host.get(`${fund}/claims/awaiting-approval`, 'treasurer'));
    await fits(welfareAnswers.threePartyAnswer, host.get(`${fund}/three-party?fiscalYear=2568`, 'treasurer'));
    await fits(welfareAnswers.fundsPageAnswer, host.get('/api/welfare/funds?limit=1', 'treasurer'));
    await fits(welfareAnswers.membersPageAnswer, host.get(`${fund}/members`, 'treasurer'));
    await fits(welfareAnswers.personalDataAnswer, host.get(`${fund}/members/m-1/personal-data`, 'treasurer'));
  });

  it('audit ledger, findings and cases', async () => {
    await fits(auditAnswers.signingKeyAnswer, host.get('/api/audit/signing-key', 'auditor'));
    const head = (await fits(auditAnswers.signedTreeHeadAnswer, host.post('/api/audit/tree-heads', 'auditor'), 201)) as {
      treeSize: number;
    };
    await fits(auditAnswers.signedTreeHeadAnswer, host.get('/api/audit/tree-heads/latest', 'auditor'));
    await fits(auditAnswers.consistencyProofAnswer, host.get(`/api/audit/proofs/consistency?from=1&to=${head.treeSize}`, 'auditor'));
    await fits(auditAnswers.verificationAnswer, host.get('/api/audit/verification', 'auditor'));
    const timeline = (await fits(
      auditAnswers.timelineAnswer,
      host.get(`/api/audit/streams/welfare-fund-${fundId}/timeline`, 'auditor'),
    )) as { eventId: string }[];
    await fits(auditAnswers.inclusionProofAnswer, host.get(`/api/audit/proofs/inclusion/${timeline[0].eventId}`, 'auditor'));
    await fits(auditAnswers.evidenceBundleAnswer, host.get(`/api/audit/events/${timeline[0].eventId}/evidence`, 'auditor'));
    await fits(auditAnswers.replayAnswer, host.get(`/api/audit/funds/${fundId}/replay`, 'auditor'));
    await fits(auditAnswers.checkRunAnswer, host.post('/api/audit/checks', 'auditor'), 201);
    await fits(z.array(auditAnswers.witnessAnswer), host.get('/api/audit/witnesses', 'auditor'));

    const page = (await fits(auditAnswers.findingsPageAnswer, host.get('/api/audit/findings', 'auditor'))) as {
      findings: { findingId: string }[];
    };
    expect(page.findings.length).toBeGreaterThan(0);
    const findingId = page.findings[0].findingId;
    await fits(auditAnswers.findingAnswer, host.get(`/api/audit/findings/${findingId}`, 'auditor'));
    await fits(auditAnswers.evidenceBundleAnswer, host.get(`/api/audit/findings/${findingId}/evidence`, 'auditor'));
    await fits(auditAnswers.caseAnswer, host.post(`/api/audit/findings/${findingId}/case`, 'auditor'), 201);
    await fits(auditAnswers.caseAnswer, host.get(`/api/audit/cases/${findingId}`, 'auditor'));
  });
});
