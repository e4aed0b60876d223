import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiSecurity } from '@nestjs/swagger';
import { GROUP_BY } from '@kongthun/finance-model';
import { AcceptsCredential, RefusalCode, Roles } from '@kongthun/http';
import { API_KEY_CREDENTIAL } from '../access/api-key-credentials';
import { FINANCE_READER_ROLES } from '../access/finance-reader';

/** The name of the API-key scheme in the OpenAPI document (`x-api-key` header). */
export const API_KEY_SCHEME = 'finance-api-key';

/**
 * Who may call a finance read: an API key or a user token (provincial-finance, admin; local or
 * from the OpenID Connect provider), scoped by area. The global token guard takes either (the key
 * through `ApiKeyCredentials`); the document shows both schemes, and the token refusals every such
 * route shares (401/403, out of scope) are added by `completeOpenApiDocument`.
 */
export const FinanceReaders = () =>
  applyDecorators(Roles(...FINANCE_READER_ROLES), AcceptsCredential(API_KEY_CREDENTIAL), ApiSecurity(API_KEY_SCHEME), ApiBearerAuth());

/** What any finance read may be refused with beyond the shared token refusals: a key that is not valid. */
export const readerRefusals = (...codes: RefusalCode[]): RefusalCode[] => ['finance.api-key.invalid', ...codes];

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
