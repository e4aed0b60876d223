import { check, Check, short } from './check';
import { HashedEntry, provenIncluded, subjectOf } from './event-checks';
import { findingOf } from './finding-event';
import { TreeHead } from './tree-head';

/** The finding's own hash: any edit to its summary, amounts, ids or evidence list breaks it. */
export function findingHashCheck(finding: HashedEntry): Check {
  const { event, recomputed } = finding;
  return recomputed === event.hash
    ? check('finding.hash', 'pass', subjectOf(event), 'the finding is exactly as raised', 'ข้อสังเกตตรงตามที่บันทึกไว้ทุกประการ')
    : check(
        'finding.hash',
        'fail',
        subjectOf(event),
        `the finding was changed after it was raised: its content (summary, amounts, ids, evidence list) does not match its hash: recomputed ${short(recomputed)}, carried ${short(event.hash)}`,
        `ข้อสังเกตถูกแก้ไขหลังจากบันทึก: เนื้อหา (สรุป จำนวนเงิน รหัส รายการหลักฐาน) ไม่ตรงกับค่าแฮช: คำนวณได้ ${short(recomputed)} แต่ระบุไว้ ${short(event.hash)}`,
      );
}

/** The finding as shown, rebuilt into its leaf, must be under the signed root: a fixed-up hash does not help. */
export function findingInclusionCheck(finding: HashedEntry, head: TreeHead): Check {
  return provenIncluded(finding, head)
    ? check(
        'finding.inclusion',
        'pass',
        subjectOf(finding.event),
        `raised in the ledger at leaf ${finding.leafIndex} of ${head.treeSize}`,
        `บันทึกอยู่ในบัญชีหลักฐานที่ลำดับ ${finding.leafIndex} จาก ${head.treeSize}`,
      )
    : check(
        'finding.inclusion',
        'fail',
        subjectOf(finding.event),
        `the finding as shown is NOT the one in the ledger: its leaf ${finding.leafIndex} does not lead to the signed root of size ${head.treeSize}`,
        `ข้อสังเกตที่แสดงไม่ใช่ข้อสังเกตที่อยู่ในบัญชีหลักฐาน: ลำดับ ${finding.leafIndex} ไม่นำไปสู่รากที่ลงนามของขนาด ${head.treeSize}`,
      );
}

/**
 * The bundle's events against the finding's list: one check per listed event (held or missing)
 * and one failure per event the finding does not list. A missing event would hide part of the
 * evidence; an extra one would lend the finding's name to an event it never cited.
 */
export function findingEvidenceChecks(finding: HashedEntry, events: readonly HashedEntry[]): Check[] {
  const listed = [...new Set(findingOf(finding.event)?.evidenceEventIds ?? [])];
  const held = new Map(events.map((e) => [e.event.id, e]));
  const checks = listed.map((id) => {
    const entry = held.get(id);
    return entry
      ? check('finding.evidence', 'pass', subjectOf(entry.event), 'listed by the finding and present', 'ข้อสังเกตระบุไว้ และมีอยู่ในเอกสาร')
      : check(
          'finding.evidence',
          'fail',
          id,
          'the finding lists this event as evidence, but the bundle does not hold it (evidence removed)',
          'ข้อสังเกตระบุเหตุการณ์นี้เป็นหลักฐาน แต่ไม่มีอยู่ในเอกสาร (หลักฐานถูกตัดออก)',
        );
  });
  const wanted = new Set(listed);
  for (const e of events) {
    if (!wanted.has(e.event.id))
      checks.push(
        check(
          'finding.evidence',
          'fail',
          subjectOf(e.event),
          'the bundle holds this event, but the finding does not list it as evidence (evidence added)',
          'เอกสารมีเหตุการณ์นี้ แต่ข้อสังเกตไม่ได้ระบุเป็นหลักฐาน (หลักฐานถูกเพิ่มเข้ามา)',
        ),
      );
  }
  return checks;
}
