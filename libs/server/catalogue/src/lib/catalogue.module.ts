import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@dvc/server/core';
import { CalendarAdminController } from './calendar-admin.controller';
import { CatalogueController } from './catalogue.controller';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueService } from './catalogue.service';
import { AgencyEntity } from './entities/agency.entity';
import { CalendarDayEntity } from './entities/calendar-day.entity';
import { ProcedureAgencyEntity, ProcedureEntity, ProcedureVersionEntity, SectorEntity } from './entities/procedure.entity';

@Module({
  imports: [
    OutboxModule,
    TypeOrmModule.forFeature([AgencyEntity, CalendarDayEntity, SectorEntity, ProcedureEntity, ProcedureVersionEntity, ProcedureAgencyEntity]),
  ],
  providers: [CatalogueRepository, CatalogueService],
  exports: [CatalogueRepository, CatalogueService],
})
export class CatalogueModule {}

/** Public catalogue routes (procedures, agencies, the calendar) and calendar administration. */
@Module({ imports: [CatalogueModule], controllers: [CatalogueController, CalendarAdminController] })
export class CatalogueApiModule {}
