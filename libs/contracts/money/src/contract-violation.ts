/** A message that breaks a contract: no retry can cure it, so consumers dead-letter it at once. */
export class ContractViolation extends Error {
  readonly permanent = true;
  readonly code = 'contract.violation';
  constructor(message: string) {
    super(message);
    this.name = 'ContractViolation';
  }
}
