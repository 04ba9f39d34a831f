import { Entity, PrimaryColumn } from 'typeorm';

/** A staff member works for these agencies; every staff action is scoped to them. */
@Entity({ name: 'user_agency' })
export class UserAgencyEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  agencyId!: string;
}
