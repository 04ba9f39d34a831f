export * from './lib/api-error';
export * from './lib/http-params';
export * from './lib/catalogue.api';
export * from './lib/dossiers.api';
export * from './lib/calendar.api';
export * from './lib/session.store';
export * from './lib/providers';
