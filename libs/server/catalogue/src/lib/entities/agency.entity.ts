import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OfficeHoursText } from '@dvc/shared/domain';

/**
 * An administrative unit or office, as a tree (no hard-coded levels), valid from `validFrom` until the day before
 * `validTo`; `successorId` records a merger (see agencies/agency-merge.service.ts).
 */
@Entity({ name: 'agency' })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Electronic identifier, e.g. 000.00.00.H56. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** province, department, service_centre, commune … (data, not levels). */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  /** The agency that took over this one's procedures, staff and open dossiers when it was merged (never itself). */
  @Column({ type: 'uuid', nullable: true })
  successorId!: string | null;

  /** The first day (Vietnam) the agency exists. */
  @Column({ type: 'date' })
  validFrom!: string;

  /** The first day (Vietnam) it no longer exists, e.g. the day it was merged; null while it exists. */
  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  /** Own office hours; null inherits the parent's (the province default is DEFAULT_OFFICE_HOURS). */
  @Column({ type: 'jsonb', nullable: true })
  officeHours!: OfficeHoursText | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
