export * from './required-env';
export * from './publisher-error-log';
export * from './service-app';
export * from './listen-until-signalled';
