import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OfficeHoursText } from '@dvc/shared/domain';

/** An administrative unit or office, as a tree (no hard-coded levels); `successorId` records a merger. */
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

  @Column({ type: 'uuid', nullable: true })
  successorId!: string | null;

  @Column({ type: 'date' })
  validFrom!: string;

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
