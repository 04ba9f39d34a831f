export * from './lib/common.contracts';
export * from './lib/identity.contracts';
export * from './lib/catalogue.contracts';
export * from './lib/dossier.contracts';
// The procedure record is a domain type (validated by pure rules shared with the UIs); re-exported for API users.
export type {
  ApplicantType, ChannelCode, ComponentRecord, FeeRecord, FileTemplate, FormProperty, FormSchema, FormUiHint, LegalBasisEntry, OnlineForm,
  OnlineLevelCode, ProcedureCase, ProcedureChannel, ProcedureFlags, ProcedureLevelCode, ProcedureRecord,
} from '@dvc/shared/domain';
