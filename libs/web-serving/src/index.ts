export * from './web-app-bundle';
export * from './web-app-routes';
