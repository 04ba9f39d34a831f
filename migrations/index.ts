import { CreateFoundationSchema1764000000000 } from './1764000000000-CreateFoundationSchema';
import { MakeDossierEventsAppendOnly1764100000000 } from './1764100000000-MakeDossierEventsAppendOnly';
import { AddDossierLifecycle1764200000000 } from './1764200000000-AddDossierLifecycle';
import { AddReliableProcessing1764300000000 } from './1764300000000-AddReliableProcessing';
import { AddCatalogueRecords1764400000000 } from './1764400000000-AddCatalogueRecords';
import { AddNotificationPreferences1764310000000 } from './1764310000000-AddNotificationPreferences';
import { AddFileChecks1764320000000 } from './1764320000000-AddFileChecks';
import { AddAgencySuccession1764500000000 } from './1764500000000-AddAgencySuccession';
import { AddWordSearch1764600000000 } from './1764600000000-AddWordSearch';
import { AddScheduledPublication1764700000000 } from './1764700000000-AddScheduledPublication';

/** Every migration, oldest first. The CLI data source, `npm run migrate` and the test harness all use this list. */
export const ALL_MIGRATIONS = [
  CreateFoundationSchema1764000000000,
  MakeDossierEventsAppendOnly1764100000000,
  AddDossierLifecycle1764200000000,
  AddReliableProcessing1764300000000,
  AddCatalogueRecords1764400000000,
  AddNotificationPreferences1764310000000,
  AddFileChecks1764320000000,
  AddAgencySuccession1764500000000,
  AddWordSearch1764600000000,
  AddScheduledPublication1764700000000,
];
