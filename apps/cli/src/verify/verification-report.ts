import { CHECK_LABELS, Check, findingOf, Verdict } from '@kongthun/audit-evidence';

const MARK: Record<Check['status'], string> = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' };

/** One check as two lines: status, name and subject with the English detail, then the Thai. */
const checkLines = (c: Check): string[] => {
  const label = CHECK_LABELS[c.id];
  return [`${MARK[c.status]}  ${label.en} / ${label.th}  [${c.subject}]`, `      ${c.en}`, `      ${c.th}`];
};

/** The human report: what the bundle claims, every check, then the verdict in Thai and English. */
export function formatVerdict(file: string, verdict: Verdict): string[] {
  const lines = [`Kongthun evidence verification / การตรวจสอบเอกสารหลักฐาน Kongthun`, `file / ไฟล์: ${file}`];
  const bundle = verdict.bundle;
  if (bundle) {
    const head = bundle.treeHead;
    lines.push(`ledger / บัญชีหลักฐาน: ${head.origin}, size / ขนาด ${head.treeSize}, signed / ลงนาม ${head.timestamp}`);
    lines.push(`root / ราก: ${head.rootHash}`);
    for (const s of head.signatures) lines.push(`signer / ผู้ลงนาม: ${s.signer}${s.name ? ` (${s.name})` : ''} key id ${s.keyId}`);
    const finding = bundle.finding && findingOf(bundle.finding.event);
    if (finding) {
      // Printed as the file states it; the finding checks below say whether the ledger proves it.
      lines.push(
        `finding / ข้อสังเกต: ${finding.rule} (${finding.severity}) ${finding.findingId}, raised / บันทึก ${bundle.finding?.event.recordedAt}`,
      );
      lines.push(`  ${finding.summary}`, `  ${finding.summaryTh}`);
      lines.push(`  details / รายละเอียด: ${JSON.stringify(finding.details)}`);
      lines.push(`  evidence listed / หลักฐานที่ระบุ: ${finding.evidenceEventIds.length} event(s) / รายการ`);
    }
  }
  lines.push('', ...verdict.checks.flatMap(checkLines), '');
  const passed = verdict.checks.filter((c) => c.status === 'pass').length;
  lines.push(
    `${passed} passed, ${verdict.failures.length} failed, ${verdict.checks.length - passed - verdict.failures.length} skipped / ผ่าน ${passed} ไม่ผ่าน ${verdict.failures.length} ข้าม ${verdict.checks.length - passed - verdict.failures.length}`,
  );
  lines.push(`verdict: ${verdict.en}`, `ผลการตรวจ: ${verdict.th}`);
  return lines;
}
