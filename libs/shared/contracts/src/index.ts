export * from './lib/common.contracts';
export * from './lib/identity.contracts';
export * from './lib/catalogue.contracts';
export * from './lib/dossier.contracts';
export * from './lib/procedure-record.contracts';
