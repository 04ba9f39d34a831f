import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Channel, DossierEventKind, DossierStatus, FinishedClass, ReturnMethod, UserRole } from '@dvc/shared/domain';

/** A filed dossier. `version` guards every state change (UPDATE … WHERE version = seen). */
@Entity({ name: 'dossier' })
export class DossierEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  trackingSecret!: string;

  @Column({ type: 'uuid' })
  procedureVersionId!: string;

  @Column({ type: 'text' })
  procedureCode!: string;

  @Column({ type: 'text' })
  procedureName!: string;

  @Column({ type: 'uuid' })
  applicantUserId!: string;

  @Column({ type: 'text' })
  applicantName!: string;

  /** The receiving agency (its code prefixes the dossier code). */
  @Column({ type: 'uuid' })
  agencyId!: string;

  /** The agency processing it now (the competent agency after a transfer). */
  @Column({ type: 'uuid' })
  processingAgencyId!: string;

  @Column({ type: 'uuid', nullable: true })
  assigneeUserId!: string | null;

  @Column({ type: 'text' })
  channel!: Channel;

  @Column({ type: 'text' })
  status!: DossierStatus;

  /** The status to go back to when a pause (supplement, payment) ends. */
  @Column({ type: 'text', nullable: true })
  pausedFromStatus!: DossierStatus | null;

  @Column({ type: 'jsonb' })
  formData!: Record<string, string>;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  receivedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  finishClass!: FinishedClass | null;

  @Column({ type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  returnMethod!: ReturnMethod | null;

  @Column({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One step in a dossier's history; append-only, each row hashes the previous one so edits are detectable. */
@Entity({ name: 'dossier_event' })
export class DossierEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'text' })
  action!: DossierEventKind;

  @Column({ type: 'text', nullable: true })
  fromStatus!: DossierStatus | null;

  @Column({ type: 'text' })
  toStatus!: DossierStatus;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text' })
  actorName!: string;

  @Column({ type: 'text' })
  actorRole!: UserRole | 'system';

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text', nullable: true })
  prevHash!: string | null;

  @Column({ type: 'text' })
  hash!: string;
}

/** An uploaded file's metadata; the bytes live in file storage under `storageKey`. */
@Entity({ name: 'stored_file' })
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'text' })
  storageKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'dossier_file' })
export class DossierFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'uuid' })
  storedFileId!: string;

  @Column({ type: 'text', nullable: true })
  componentCode!: string | null;

  @Column({ type: 'text' })
  kind!: 'attachment' | 'result';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One hand-over of a dossier's internal process or a consultation (the rows of the process control sheet, Mẫu 06). */
@Entity({ name: 'dossier_step' })
export class DossierStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'text' })
  kind!: 'process' | 'consultation';

  @Column({ type: 'int', nullable: true })
  templateIndex!: number | null;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'uuid' })
  agencyId!: string;

  @Column({ type: 'uuid', nullable: true })
  assigneeUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  handedOverBy!: string | null;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'boolean' })
  countsTowardDeadline!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  finishedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: FinishedClass | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
