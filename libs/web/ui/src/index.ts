export * from './lib/language.service';
export * from './lib/localize.pipe';
export * from './lib/vn-date.pipe';
export * from './lib/status-badge.component';
export * from './lib/error-alert.component';
export * from './lib/timeline.component';
export * from './lib/language-switch.component';
export * from './lib/server-text';
