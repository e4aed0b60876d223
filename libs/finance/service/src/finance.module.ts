import { DynamicModule, Module } from '@nestjs/common';
import { ApiKeyStore } from './access/api-key-store';
import { ApiKeyCredentials, FINANCE_API_KEYS } from './access/api-key-credentials';
import { ApiKeysController } from './http/api-keys.controller';
import { CodiReportController } from './http/codi-report.controller';
import { FinanceExportController } from './http/finance-export.controller';
import { FinanceReadController } from './http/finance-read.controller';
import { FINANCE_STORE } from './http/finance-tokens';
import { FinanceStore } from './store/finance-store';

export interface FinanceModuleOptions {
  store: FinanceStore;
}

/**
 * Provincial finance over HTTP: totals, details, exports, the CODI report and API keys. Needs the
 * AuthModule (JWT) of the host; the books are fed by {@link startFinanceConsumer}, not by requests.
 */
@Module({})
export class FinanceModule {
  static register(options: FinanceModuleOptions): DynamicModule {
    return {
      module: FinanceModule,
      controllers: [FinanceReadController, FinanceExportController, CodiReportController, ApiKeysController],
      providers: [
        { provide: FINANCE_STORE, useValue: options.store },
        { provide: FINANCE_API_KEYS, useValue: new ApiKeyStore(options.store.sql, options.store.schema) },
        ApiKeyCredentials,
      ],
    };
  }
}
