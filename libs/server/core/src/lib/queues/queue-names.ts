/** One queue per kind of work (kebab-case), never one per job. */
export const QUEUE_NAMES = {
  dossierEvents: 'dossier-events',
  documents: 'documents',
  schedules: 'schedules',
  catalogue: 'catalogue',
  files: 'files',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];
