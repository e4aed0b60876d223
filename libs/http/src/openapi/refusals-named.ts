import { RefusalCode, REFUSAL_STATUSES } from '../errors/refusal-statuses';

/**
 * The 4xx codes of the table under these prefixes (`'claim'` → every `claim.*`): a route documents
 * the families of refusals it can answer with, and the document stays in step with the table.
 */
export const refusalsNamed = (...prefixes: string[]): RefusalCode[] =>
  (Object.keys(REFUSAL_STATUSES) as RefusalCode[]).filter(
    (code) => REFUSAL_STATUSES[code] < 500 && prefixes.some((prefix) => code === prefix || code.startsWith(`${prefix}.`)),
  );
