/**
 * An Idempotency-Key per distinct request: the same body retried (a lost answer, a double click)
 * reuses its key, so the service records it once; a corrected body after a refusal is a new
 * request and gets a new key (the service refuses a reused key with another body).
 */
export const idempotencyKeys = () => {
  let lastBody: string | undefined;
  let key = crypto.randomUUID();
  return (body: unknown): string => {
    const text = JSON.stringify(body);
    if (lastBody !== undefined && text !== lastBody) key = crypto.randomUUID();
    lastBody = text;
    return key;
  };
};
