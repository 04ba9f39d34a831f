import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueController } from './catalogue.controller';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueService } from './catalogue.service';
import { AgencyEntity } from './entities/agency.entity';
import { CalendarDayEntity } from './entities/calendar-day.entity';
import { ProcedureAgencyEntity, ProcedureEntity, ProcedureVersionEntity, SectorEntity } from './entities/procedure.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([AgencyEntity, CalendarDayEntity, SectorEntity, ProcedureEntity, ProcedureVersionEntity, ProcedureAgencyEntity]),
  ],
  providers: [CatalogueRepository, CatalogueService],
  exports: [CatalogueRepository, CatalogueService],
})
export class CatalogueModule {}

/** Public catalogue routes: procedures, agencies, the working-day calendar. */
@Module({ imports: [CatalogueModule], controllers: [CatalogueController] })
export class CatalogueApiModule {}
