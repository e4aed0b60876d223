/** Who acts and when, from outside the decider (the HTTP layer or the host passes them). */
export interface CommandMetadata {
  /** ISO instant; the Bangkok calendar day of it is the business day. */
  now: string;
  actor: { userId: string; role: string };
}
