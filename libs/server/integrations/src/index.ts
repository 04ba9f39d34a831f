export * from './lib/integrations.module';
export * from './lib/national-portal/sync-message';
export * from './lib/national-portal/sync-national-portal.job';
export * from './lib/national-portal/national-portal.client';
export * from './lib/national-portal/intake.service';
