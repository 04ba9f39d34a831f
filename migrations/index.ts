import { CreateFoundationSchema1764000000000 } from './1764000000000-CreateFoundationSchema';
import { MakeDossierEventsAppendOnly1764100000000 } from './1764100000000-MakeDossierEventsAppendOnly';
import { AddDossierLifecycle1764200000000 } from './1764200000000-AddDossierLifecycle';
import { AddReliableProcessing1764300000000 } from './1764300000000-AddReliableProcessing';
import { AddNotificationPreferences1764310000000 } from './1764310000000-AddNotificationPreferences';

/** Every migration, oldest first. The CLI data source, `npm run migrate` and the test harness all use this list. */
export const ALL_MIGRATIONS = [
  CreateFoundationSchema1764000000000,
  MakeDossierEventsAppendOnly1764100000000,
  AddDossierLifecycle1764200000000,
  AddReliableProcessing1764300000000,
  AddNotificationPreferences1764310000000,
];
