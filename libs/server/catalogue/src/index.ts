export * from './lib/catalogue.module';
export * from './lib/catalogue.service';
export * from './lib/catalogue.repository';
export * from './lib/entities/agency.entity';
export * from './lib/entities/calendar-day.entity';
export * from './lib/entities/procedure.entity';
