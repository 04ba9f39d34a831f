export * from './service-urls';
export * from './fixtures';
export * from './http-client';
export * from './catalogue-fixture';
export * from './mail-sink-process';
export * from './processes';
export * from './own-database';
