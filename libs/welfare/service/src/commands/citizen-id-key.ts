/** Injection token of the HMAC key for citizen IDs (at least 16 bytes), kept outside the event log. */
export const CITIZEN_ID_KEY = Symbol('welfare.citizen-id-key');
