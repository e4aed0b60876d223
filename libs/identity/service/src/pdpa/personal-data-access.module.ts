import { DynamicModule, Global, Module } from '@nestjs/common';
import { PERSONAL_DATA_ACCESS_LOG, PersonalDataAccessLog } from './personal-data-access-log';
import { PersonalDataAccessInterceptor } from './personal-data-access.interceptor';

/** The record of reads of personal data, for every service module of the application. */
@Global()
@Module({})
export class PersonalDataAccessModule {
  static register(log: PersonalDataAccessLog): DynamicModule {
    return {
      module: PersonalDataAccessModule,
      providers: [{ provide: PERSONAL_DATA_ACCESS_LOG, useValue: log }, PersonalDataAccessInterceptor],
      exports: [PERSONAL_DATA_ACCESS_LOG, PersonalDataAccessInterceptor],
    };
  }
}
