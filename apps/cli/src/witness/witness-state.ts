import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { TreeHead, treeHeadProblems } from '@kongthun/audit-evidence';
import { UsageError } from '../exit-codes';

export const WITNESS_STATE_FORMAT = 'kongthun.witness-state/v1';

/**
 * What a witness remembers between runs: the log key it trusts (pinned on the first run) and
 * the last head it co-signed, from which every later head must be a proven extension.
 */
export interface WitnessState {
  format: typeof WITNESS_STATE_FORMAT;
  logKeyId: string;
  treeHead: TreeHead;
  cosignedAt: string;
}

/** The state, or undefined on a witness's first run (no file yet). */
export function readWitnessState(path: string): WitnessState | undefined {
  if (!existsSync(path)) return undefined;
  let state: Partial<WitnessState>;
  try {
    state = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`the state file ${path} is not JSON: ${(error as Error).message}`, `ไฟล์สถานะ ${path} ไม่ใช่ JSON`);
  }
  const problems = state.treeHead ? treeHeadProblems(state.treeHead) : ['no treeHead'];
  if (state.format !== WITNESS_STATE_FORMAT || typeof state.logKeyId !== 'string' || problems.length > 0)
    throw new UsageError(
      `the state file ${path} is not a ${WITNESS_STATE_FORMAT} file: ${problems.join('; ')}`,
      `ไฟล์สถานะ ${path} ไม่อยู่ในรูปแบบ ${WITNESS_STATE_FORMAT}`,
    );
  return state as WitnessState;
}

/** Replaces the file whole (write, then rename), so a crash never leaves half a state. */
export function writeWitnessState(path: string, state: WitnessState): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, path);
}
