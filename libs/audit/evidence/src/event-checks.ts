import { eventHashOf, leafHash, LedgerEvent, verifyInclusion } from '@kongthun/audit-ledger';
import { check, Check, short } from './check';
import { EvidenceEntry } from './evidence-bundle';
import { TreeHead } from './tree-head';

/** An event with the hash recomputed from its content; later checks use only the recomputed one. */
export interface HashedEntry extends EvidenceEntry {
  recomputed: string;
}

export const subjectOf = (event: LedgerEvent): string => `${event.id} ${event.streamId}@${event.streamRevision}`;

/** Whether the entry's leaf, rebuilt from its recomputed hash, is under the head's root along its audit path. */
export function provenIncluded(entry: HashedEntry, head: TreeHead): boolean {
  const leaf = leafHash(Buffer.from(entry.recomputed, 'hex'));
  const path = entry.auditPath.map((h) => Buffer.from(h, 'hex'));
  return verifyInclusion(leaf, entry.leafIndex, head.treeSize, path, Buffer.from(head.rootHash, 'hex'));
}

export function hashCheck(entry: HashedEntry): Check {
  const { event, recomputed } = entry;
  return recomputed === event.hash
    ? check('event.hash', 'pass', subjectOf(event), 'content matches its hash', 'เนื้อหาตรงกับค่าแฮช')
    : check(
        'event.hash',
        'fail',
        subjectOf(event),
        `content does not match its hash: recomputed ${short(recomputed)}, carried ${short(event.hash)}`,
        `เนื้อหาไม่ตรงกับค่าแฮช (ข้อมูลถูกแก้ไข): คำนวณได้ ${short(recomputed)} แต่ระบุไว้ ${short(event.hash)}`,
      );
}

/** The leaf comes from the recomputed hash, so an altered event fails here even if its `hash` field was fixed up. */
export function inclusionCheck(entry: HashedEntry, head: TreeHead): Check {
  return provenIncluded(entry, head)
    ? check(
        'event.inclusion',
        'pass',
        subjectOf(entry.event),
        `included at leaf ${entry.leafIndex} of ${head.treeSize}`,
        `อยู่ในบัญชีหลักฐานที่ลำดับ ${entry.leafIndex} จาก ${head.treeSize}`,
      )
    : check(
        'event.inclusion',
        'fail',
        subjectOf(entry.event),
        `NOT proven included: the audit path from leaf ${entry.leafIndex} does not lead to the signed root of size ${head.treeSize}`,
        `พิสูจน์ไม่ได้ว่าอยู่ในบัญชีหลักฐาน: เส้นทางตรวจสอบจากลำดับ ${entry.leafIndex} ไม่นำไปสู่รากที่ลงนามของขนาด ${head.treeSize}`,
      );
}

/**
 * Links between consecutive revisions of each stream present in the bundle (a gap between two
 * bundled revisions is not a break: the events between are simply not part of this evidence).
 * Two different events claiming one revision is a fork, reported as a break.
 */
export function chainChecks(entries: readonly HashedEntry[]): Check[] {
  const byStream = new Map<string, HashedEntry[]>();
  for (const e of entries) byStream.set(e.event.streamId, [...(byStream.get(e.event.streamId) ?? []), e]);
  const checks: Check[] = [];
  for (const [stream, list] of byStream) {
    const sorted = [...list].sort((a, b) => {
      const d = BigInt(a.event.streamRevision) - BigInt(b.event.streamRevision);
      return d < 0n ? -1 : d > 0n ? 1 : 0;
    });
    for (let i = 0; i < sorted.length; i++) {
      const current = sorted[i].event;
      const revision = BigInt(current.streamRevision);
      const subject = subjectOf(current);
      if (revision === 0n && current.prevHash !== null)
        checks.push(check('stream.chain', 'fail', subject, 'revision 0 claims a predecessor', 'ลำดับที่ 0 อ้างถึงเหตุการณ์ก่อนหน้า'));
      if (i === 0) continue;
      const previous = sorted[i - 1];
      const previousRevision = BigInt(previous.event.streamRevision);
      if (previousRevision === revision) {
        if (previous.recomputed !== sorted[i].recomputed)
          checks.push(
            check(
              'stream.chain',
              'fail',
              subject,
              `fork: two different events claim ${stream}@${revision}`,
              `สายโซ่แตกแขนง: มีเหตุการณ์ต่างกันสองรายการอ้างลำดับที่ ${revision} ของ ${stream}`,
            ),
          );
        continue;
      }
      if (previousRevision + 1n !== revision) continue;
      checks.push(
        current.prevHash === previous.recomputed
          ? check('stream.chain', 'pass', subject, `links to revision ${previousRevision}`, `เชื่อมกับลำดับที่ ${previousRevision} ถูกต้อง`)
          : check(
              'stream.chain',
              'fail',
              subject,
              `does not link to revision ${previousRevision}: prevHash ${short(String(current.prevHash))} ≠ ${short(previous.recomputed)}`,
              `ไม่เชื่อมกับลำดับที่ ${previousRevision}: ค่าแฮชก่อนหน้าไม่ตรงกัน`,
            ),
      );
    }
  }
  return checks;
}

export const withRecomputedHash = (entry: EvidenceEntry): HashedEntry => ({ ...entry, recomputed: eventHashOf(entry.event) });
