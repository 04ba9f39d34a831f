import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** How alike a search term and a procedure's words must be to match (see the search in the catalogue lib). */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

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
        // The catalogue search's `<%` (trigram word similarity, index-backed) matches at this threshold. pg_trgm's 0.6
        // misses one swapped letter in a short word ("ly lcih tu phap" scores 0.58 against "lý lịch tư pháp").
        extra: { max: config.DATABASE_POOL_SIZE, options: `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD}` },
        // No query logging: failed queries surface as errors the exception filter logs without their parameters (PII).
        logging: false,
      }),
    }),
  ],
})
export class DatabaseModule {}
