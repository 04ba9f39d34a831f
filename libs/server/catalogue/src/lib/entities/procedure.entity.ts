import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FormField, OnlineLevel, ProcedureComponent, ProcedureFee, ProcedureLevel } from '@dvc/shared/contracts';
import type { ProcedureRecord, ProcessStep, TimeUnit } from '@dvc/shared/domain';

@Entity({ name: 'sector' })
export class SectorEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;
}

/** A procedure's stable identity (its national or local code); its content lives in versions. */
@Entity({ name: 'procedure' })
export class ProcedureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

export type ProcedureVersionStatus = 'draft' | 'published' | 'retired';

/** One version of a procedure; a dossier is pinned to the version it was filed under. */
@Entity({ name: 'procedure_version' })
export class ProcedureVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  procedureId!: string;

  @Column({ type: 'text' })
  procedureCode!: string;

  @Column({ type: 'int' })
  versionNumber!: number;

  @Column({ type: 'text' })
  status!: ProcedureVersionStatus;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  sectorCode!: string;

  @Column({ type: 'text' })
  level!: ProcedureLevel;

  @Column({ type: 'text' })
  onlineLevel!: OnlineLevel;

  @Column({ type: 'int' })
  timeLimitValue!: number;

  @Column({ type: 'text' })
  timeLimitUnit!: TimeUnit;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  conditions!: string;

  @Column({ type: 'jsonb' })
  steps!: string[];

  @Column({ type: 'jsonb' })
  components!: ProcedureComponent[];

  @Column({ type: 'jsonb' })
  fees!: ProcedureFee[];

  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  feeTotal!: number;

  @Column({ type: 'jsonb' })
  results!: string[];

  @Column({ type: 'jsonb' })
  legalBasis!: string[];

  @Column({ type: 'jsonb' })
  formFields!: FormField[];

  /** The internal process a dossier follows; empty means the usual four-step split of the legal time. */
  @Column({ type: 'jsonb' })
  internalProcess!: ProcessStep[];

  /** A complete supplement restarts the time from zero (true) or extends it by the waiting time (false). */
  @Column({ type: 'boolean' })
  supplementRestarts!: boolean;

  /** The whole record (the import/export shape); the other columns are projections of it. */
  @Column({ type: 'jsonb' })
  record!: ProcedureRecord;

  @Column({ type: 'text' })
  keywords!: string;

  @Column({ type: 'text', array: true })
  sectorCodes!: string[];

  @Column({ type: 'text', array: true })
  levels!: string[];

  @Column({ type: 'text', array: true })
  applicantTypes!: string[];

  @Column({ type: 'boolean' })
  featured!: boolean;

  @Column({ type: 'boolean' })
  illustrative!: boolean;

  @Column({ type: 'date', nullable: true })
  effectiveFrom!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  retiredReason!: string | null;

  @Column({ type: 'text', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'text', nullable: true })
  publishedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  decisionDate!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Where a procedure can be filed, with its online level at that agency. */
@Entity({ name: 'procedure_agency' })
export class ProcedureAgencyEntity {
  @PrimaryColumn({ type: 'uuid' })
  procedureId!: string;

  @PrimaryColumn({ type: 'uuid' })
  agencyId!: string;

  @Column({ type: 'text' })
  onlineLevel!: OnlineLevel;
}
