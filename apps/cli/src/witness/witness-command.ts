import { cosignTreeHead, headOf, SignedTreeHead } from '@kongthun/audit-evidence';
import { EXIT_INVALID, EXIT_VALID } from '../exit-codes';
import { AuditApiClient, AuditApiRefusal } from './audit-api-client';
import { consistencyRefusal, growthRefusal, logSignatureRefusal, publishedKeyId, Refusal } from './head-checks';
import { parseWitnessArgs } from './witness-args';
import { readWitnessState, WITNESS_STATE_FORMAT, writeWitnessState } from './witness-state';

interface Output {
  out(line: string): void;
  err(line: string): void;
}

class WitnessRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.en);
  }
}

const refuseIf = (refusal: Refusal | undefined): void => {
  if (refusal) throw new WitnessRefused(refusal);
};

/**
 * `kongthun witness`: one witness round. Trusts the log's key on the first run and pins it; from
 * then on co-signs only a head the log signed that provably extends the last head it co-signed.
 */
export async function runWitness(argv: readonly string[], output: Output): Promise<number> {
  const args = parseWitnessArgs(argv);
  const state = readWitnessState(args.statePath);
  const api = new AuditApiClient(args.api, args.token);
  try {
    const logKeyId = publishedKeyId(await api.get('/signing-key'));
    if (typeof logKeyId !== 'string') throw new WitnessRefused(logKeyId);
    if (state && state.logKeyId !== logKeyId)
      refuseIf({ en: `the log's key changed from ${state.logKeyId} to ${logKeyId}`, th: 'กุญแจของบัญชีตรวจสอบเปลี่ยนไปจากที่พยานเคยเชื่อถือ' });
    const head = await api.get<SignedTreeHead>('/tree-heads/latest');
    refuseIf(logSignatureRefusal(head, logKeyId));
    if (state) {
      const last = state.treeHead;
      refuseIf(growthRefusal(last, head));
      const { proof } = await api.get<{ proof: string[] }>(`/proofs/consistency?from=${last.treeSize}&to=${head.treeSize}`);
      refuseIf(consistencyRefusal(last, head, proof));
      output.out(`consistency ${last.treeSize} → ${head.treeSize}: verified / หลักฐานความสอดคล้องถูกต้อง`);
    } else output.out(`first run: trusting the log key ${logKeyId} / ครั้งแรก: เชื่อถือกุญแจของบัญชีตรวจสอบ ${logKeyId}`);
    const cosigned = await api.post<SignedTreeHead>('/tree-heads/cosignatures', {
      treeHead: headOf(head),
      signature: cosignTreeHead(headOf(head), args.key),
    });
    if (!cosigned.signatures?.some((s) => s.keyId === args.key.keyId))
      refuseIf({ en: 'the service answered without this witness signature', th: 'บริการตอบกลับโดยไม่มีลายมือชื่อของพยานนี้' });
    writeWitnessState(args.statePath, {
      format: WITNESS_STATE_FORMAT,
      logKeyId,
      treeHead: headOf(head),
      cosignedAt: new Date().toISOString(),
    });
    output.out(`co-signed tree head size ${head.treeSize}, root ${head.rootHash} / ลงนามรับรองหัวต้นไม้ขนาด ${head.treeSize} แล้ว`);
    return EXIT_VALID;
  } catch (error) {
    if (error instanceof WitnessRefused) {
      output.err(`REFUSED, not co-signed: ${error.refusal.en}`);
      output.err(`ปฏิเสธ ไม่ลงนามรับรอง: ${error.refusal.th}`);
      return EXIT_INVALID;
    }
    if (error instanceof AuditApiRefusal) {
      output.err(`the audit service refused (${error.code}): ${error.message}`);
      output.err(`บริการตรวจสอบปฏิเสธ (${error.code}): ${error.messageTh}`);
      return EXIT_INVALID;
    }
    throw error;
  }
}
