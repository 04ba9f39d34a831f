export * from './lib/status-email';
export * from './lib/mailer';
export * from './lib/notifications.repository';
export * from './lib/status-email.job';
