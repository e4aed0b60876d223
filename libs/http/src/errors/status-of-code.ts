/**
 * HTTP status of a refusal, by its stable code: the domain names what went wrong, the edge decides
 * how HTTP says it. Anything not listed is a broken business rule: 422.
 */
export const statusOfCode = (code: string): number => {
  if (code.startsWith('request.')) return 400;
  if (code === 'auth.missing-token' || code === 'auth.invalid-token') return 401;
  if (code.startsWith('auth.')) return 403;
  if (code.endsWith('.not-found')) return 404;
  if (code === 'eventstore.wrong-expected-revision' || code === 'eventstore.duplicate-event-id' || code.endsWith('.duplicate') || code.includes('.already-')) return 409;
  if (code.startsWith('eventstore.') && code !== 'eventstore.wrong-expected-revision') return 400;
  return 422;
};
