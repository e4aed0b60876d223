import { RedFlagConfig } from '@kongthun/audit-red-flags';
import { SigningKey } from '@kongthun/audit-evidence';
import { SourceStore } from '../chain/ledger-streams';

export interface AuditOptions {
  /** The log's Ed25519 key: signs tree heads. */
  signingKey: SigningKey;
  /** Services' own stores the chain check compares against, where this process can reach them. */
  sources: SourceStore[];
  redFlags?: RedFlagConfig;
  /** How often to sign a new tree head when the ledger grew; 0 turns the timer off. */
  signEveryMs: number;
  /** How often to run the red-flag scan and the chain check; 0 turns the timer off. */
  checkEveryMs: number;
}
