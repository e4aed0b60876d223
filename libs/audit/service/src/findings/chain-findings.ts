import { ChainProblem } from '../chain/chain-check';
import { Finding, findingIdOf } from './finding';

const describe: Record<ChainProblem['problem'], { summary: string; summaryTh: string }> = {
  'ledger.revision-gap': {
    summary: 'The audit ledger is missing a revision of this stream',
    summaryTh: 'บัญชีตรวจสอบขาดเหตุการณ์บางลำดับของสายเหตุการณ์นี้',
  },
  'ledger.prev-hash-mismatch': {
    summary: "An event does not link to the previous event's hash",
    summaryTh: 'เหตุการณ์ไม่เชื่อมกับแฮชของเหตุการณ์ก่อนหน้า',
  },
  'ledger.hash-mismatch': { summary: 'An event does not match its own hash', summaryTh: 'เนื้อหาเหตุการณ์ไม่ตรงกับแฮชของตัวเอง' },
  'source.event-lost': {
    summary: "An event the ledger holds is gone from the service's store",
    summaryTh: 'เหตุการณ์ที่บัญชีตรวจสอบมีอยู่ หายไปจากฐานข้อมูลของหน่วยบริการ',
  },
  'source.event-changed': {
    summary: "An event in the service's store differs from the ledger's copy",
    summaryTh: 'เหตุการณ์ในฐานข้อมูลของหน่วยบริการถูกแก้ไข ไม่ตรงกับสำเนาในบัญชีตรวจสอบ',
  },
  'source.event-reordered': {
    summary: "The service's store holds an event at another revision than it was published",
    summaryTh: 'ลำดับเหตุการณ์ในฐานข้อมูลของหน่วยบริการถูกสลับ',
  },
  'source.event-replaced': {
    summary: "The service's store holds another event in place of a published one",
    summaryTh: 'เหตุการณ์ในฐานข้อมูลของหน่วยบริการถูกแทนที่ด้วยเหตุการณ์อื่น',
  },
};

/** A chain problem as a finding: every such problem is serious, as it means history was altered or lost. */
export const findingOfChainProblem = (problem: ChainProblem): Finding => {
  const rule = `chain.${problem.problem}`;
  const evidence = [problem.eventId, problem.sourceEventId].filter((id): id is string => id !== undefined);
  return {
    findingId: findingIdOf(rule, [problem.streamId, problem.streamRevision.toString(), ...evidence]),
    rule,
    severity: 'high',
    ...describe[problem.problem],
    streamId: problem.streamId,
    evidenceEventIds: evidence,
    details: {
      streamRevision: problem.streamRevision.toString(),
      ...(problem.context ? { context: problem.context } : {}),
      ...(problem.sourceRevision !== undefined ? { sourceRevision: problem.sourceRevision.toString() } : {}),
    },
  };
};
