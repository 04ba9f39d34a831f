export * from './lib/dossier-lifecycle.types';
export * from './lib/dossier-lifecycle';
export * from './lib/working-calendar';
export * from './lib/official-calendars';
export * from './lib/dossier-code';
export * from './lib/fees';
export * from './lib/vietnamese-text';
export * from './lib/dossier-clock';
