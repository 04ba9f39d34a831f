import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The TypeORM connection. The schema comes only from migrations/ (synchronize is never on). */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: config.DATABASE_URL,
        namingStrategy: new SnakeNamingStrategy(),
        autoLoadEntities: true,
        synchronize: false,
        migrationsRun: false,
        extra: { max: config.DATABASE_POOL_SIZE },
        // No query logging: failed queries surface as errors the exception filter logs without their parameters (PII).
        logging: false,
      }),
    }),
  ],
})
export class DatabaseModule {}
