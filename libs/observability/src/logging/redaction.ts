/**
 * What never reaches a log line: credentials and personal data (PDPA). pino replaces each with
 * "[redacted]"; paths name the field wherever it sits one or two levels down in what is logged.
 */
const PERSONAL_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'name',
  'fullName',
  'firstName',
  'lastName',
  'phone',
  'phoneNumber',
  'citizenId',
  'nationalId',
  'payeeAccount',
  'accountNumber',
  'bankAccount',
  'address',
  'token',
  'accessToken',
  'refreshToken',
];

export const REDACTED_PATHS: string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  ...PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

export const REDACTION_CENSOR = '[redacted]';
