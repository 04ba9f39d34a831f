import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A day that breaks the Monday–Friday rule: a holiday or day off, or a make-up working Saturday. */
@Entity({ name: 'calendar_day' })
export class CalendarDayEntity {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'text' })
  kind!: 'day_off' | 'working_day';

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
