import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiResponse, ApiSecurity } from '@nestjs/swagger';
import { GROUP_BY } from '@kongthun/finance-model';
import { REFUSAL_STATUSES } from '@kongthun/http';

/** The name of the API-key scheme in the OpenAPI document (`x-api-key` header). */
export const API_KEY_SCHEME = 'finance-api-key';

/** Every refusal a finance route can answer, with an example body; the statuses come from the one table. */
const REFUSALS: Record<string, { message: string; messageTh: string; details?: Record<string, unknown> }> = {
  'finance.invalid-filter': {
    message: 'area must be a province (2), district (4) or subdistrict (6) code',
    messageTh: 'รหัสพื้นที่ต้องมี 2, 4 หรือ 6 หลัก',
    details: { field: 'area', value: '1' },
  },
  'finance.invalid-group-by': {
    message: 'groupBy takes distinct dimensions among province, district, subdistrict, programme, unit, fiscalYear, month',
    messageTh: 'groupBy ไม่ถูกต้อง',
  },
  'finance.invalid-limit': { message: 'limit must be a whole number from 1 to 1000', messageTh: 'limit ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 1000' },
  'finance.invalid-cursor': {
    message: 'cursor must be a nextCursor this API gave',
    messageTh: 'cursor ไม่ถูกต้อง (ใช้ค่า nextCursor จากหน้าก่อน)',
  },
  'finance.invalid-format': { message: 'format is csv or xlsx', messageTh: 'รูปแบบไฟล์ต้องเป็น csv หรือ xlsx' },
  'finance.api-key.invalid': { message: 'The API key is not valid', messageTh: 'คีย์ API ไม่ถูกต้องหรือถูกเพิกถอนแล้ว' },
  'finance.api-key.not-found': { message: 'No API key 5f0c2a9d1e7b3c44', messageTh: 'ไม่พบคีย์ API นี้' },
  'finance.api-key.already-revoked': {
    message: 'API key 5f0c2a9d1e7b3c44 was revoked on 2026-01-15T03:00:00.000Z',
    messageTh: 'คีย์ API นี้ถูกเพิกถอนไปแล้ว',
  },
  'finance.fund.not-found': { message: 'No welfare fund talat-yai in the provincial books', messageTh: 'ไม่พบกองทุนนี้' },
  'request.invalid': { message: 'area: a province (2 digits) or district (4 digits)', messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง' },
  'request.unknown-fields': { message: 'Unknown fields: colour', messageTh: 'มีช่องข้อมูลที่ระบบไม่รู้จัก' },
  'auth.missing-token': { message: 'A bearer token or an API key is required', messageTh: 'กรุณาเข้าสู่ระบบหรือส่งคีย์ API' },
  'auth.invalid-token': { message: 'The token is invalid or expired', messageTh: 'โทเคนไม่ถูกต้องหรือหมดอายุ' },
  'auth.forbidden': { message: 'Role treasurer may not read provincial finance', messageTh: 'บทบาทของท่านไม่มีสิทธิ์ทำรายการนี้' },
  'auth.out-of-scope': {
    message: 'API key 5f0c2a9d1e7b3c44 may not read area 83: it lies outside their areas',
    messageTh: 'ข้อมูลนี้อยู่นอกพื้นที่ที่ท่านได้รับสิทธิ์',
    details: { area: '83', scope: ['19'] },
  },
};
export type FinanceRefusal = keyof typeof REFUSALS;

const statusOf = (code: string): number => (REFUSAL_STATUSES as Record<string, number>)[code];

/** Documents each refusal under its status, several codes of one status as named examples. */
export const FinanceRefusals = (...codes: FinanceRefusal[]) => {
  const byStatus = new Map<number, string[]>();
  for (const code of codes) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  return applyDecorators(
    ...[...byStatus].map(([status, list]) =>
      ApiResponse({
        status,
        description: `Refused: ${list.join(', ')}`,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['code', 'message', 'messageTh'],
              properties: {
                code: { type: 'string', enum: list },
                message: { type: 'string' },
                messageTh: { type: 'string' },
                details: { type: 'object' },
              },
            },
            examples: Object.fromEntries(list.map((code) => [code, { value: { code, ...REFUSALS[code] } }])),
          },
        },
      }),
    ),
  );
};

/** What any finance read may be refused with: who is asking, and where. */
export const READER_REFUSALS: FinanceRefusal[] = [
  'auth.missing-token',
  'auth.invalid-token',
  'finance.api-key.invalid',
  'auth.forbidden',
  'auth.out-of-scope',
];

/**
 * Who may call a finance read (an API key or a user token: provincial-finance, admin, scoped by
 * area) and every refusal the route can give. One decorator per route, because OpenAPI holds one
 * response per status: several codes of a status become named examples of it.
 */
export const FinanceReaders = (...refusals: FinanceRefusal[]) =>
  applyDecorators(ApiSecurity(API_KEY_SCHEME), ApiBearerAuth(), FinanceRefusals(...READER_REFUSALS, ...refusals));

export const FinanceFilterQueries = () =>
  applyDecorators(
    ApiQuery({
      name: 'area',
      required: false,
      description: 'area-code prefix: province 19, district 1901, subdistrict 190101',
      example: '19',
    }),
    ApiQuery({
      name: 'programme',
      required: false,
      description: 'welfare, grants, relief, or any programme that publishes the money contract',
      example: 'grants',
    }),
    ApiQuery({ name: 'unitId', required: false, description: 'a programme unit: fund, grant project, disaster declaration' }),
    ApiQuery({ name: 'fiscalYear', required: false, description: 'Buddhist Era fiscal year (October–September)', example: 2566 }),
    ApiQuery({ name: 'monthFrom', required: false, description: 'first month, ISO YYYY-MM (CE), inclusive', example: '2022-10' }),
    ApiQuery({ name: 'monthTo', required: false, description: 'last month, ISO YYYY-MM (CE), inclusive', example: '2023-09' }),
  );

export const GroupByQuery = () =>
  ApiQuery({
    name: 'groupBy',
    required: false,
    description: `comma-separated dimensions among ${GROUP_BY.join(', ')} (unit implies programme)`,
    example: 'province,programme,fiscalYear',
  });
