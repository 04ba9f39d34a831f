import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule, OutboxModule } from '@dvc/server/core';
import { CatalogueModule } from '@dvc/server/catalogue';
import { AuditController } from './audit/audit.controller';
import { OpenDossierTransferService } from './agency-merge/open-dossier-transfer.service';
import { AuditService } from './audit/audit.service';
import { DeadlinesService } from './deadlines.service';
import { DossierFormsService } from './documents/dossier-forms.service';
import { DossierActionsService } from './dossier-actions.service';
import { DeskController, DossiersController, TrackingController } from './dossiers.controller';
import { DossiersRepository } from './dossiers.repository';
import { DossiersService } from './dossiers.service';
import { DossierEntity, DossierEventEntity, DossierFileEntity, DossierStepEntity, StoredFileEntity } from './entities/dossier.entity';
import { AttachmentValidator } from './files/attachment-validator';
import { FileStorage } from './files/file-storage';
import { FilesController } from './files/files.controller';
import { FilesService } from './files/files.service';

@Module({
  imports: [CatalogueModule, OutboxModule, JobsModule, TypeOrmModule.forFeature([DossierEntity, DossierEventEntity, DossierFileEntity, DossierStepEntity, StoredFileEntity])],
  providers: [
    DossiersRepository, DossiersService, DossierActionsService, DeadlinesService, DossierFormsService, AttachmentValidator, FileStorage,
    FilesService, AuditService, OpenDossierTransferService,
  ],
  exports: [DossiersRepository, DossiersService, DossierActionsService, DeadlinesService, DossierFormsService, FileStorage, FilesService, AuditService],
})
export class DossiersModule {}

/** Filing, desk inbox, actions, files and public tracking. */
@Module({ imports: [DossiersModule], controllers: [DossiersController, DeskController, TrackingController, FilesController, AuditController] })
export class DossiersApiModule {}
