import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, defineJob, type JobPayloadBase } from '@dvc/server/core';

export interface ImportCataloguePayload extends JobPayloadBase {
  importId: string;
}

/** An uploaded catalogue file is validated and imported off the request path, with progress the desk polls. */
export const IMPORT_CATALOGUE_JOB = defineJob({
  name: 'catalogue.import-procedures',
  queue: QUEUE_NAMES.catalogue,
  options: { ...DEFAULT_JOB_OPTIONS, attempts: 3 },
  trigger: {
    topic: 'catalogue.import-requested',
    when: () => true,
    toPayload: (event, correlationId): ImportCataloguePayload => ({ importId: event.importId, correlationId }),
  },
});
