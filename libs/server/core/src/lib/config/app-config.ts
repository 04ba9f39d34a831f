import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

/**
 * Every environment variable the server reads, validated once at boot. `process.env` is read nowhere else.
 * `.env.example` lists them with their defaults.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsString()
  DATABASE_URL!: string;

  @IsInt()
  @Min(1)
  @Max(200)
  @Transform(({ value }) => Number(value))
  DATABASE_POOL_SIZE = 10;

  @IsString()
  REDIS_URL!: string;

  /** Key prefix for every BullMQ key, so test runs and deployments sharing a Redis never meet. */
  @IsString()
  REDIS_PREFIX = 'dvc';

  @IsString()
  FILES_DIR = 'var/files';

  /** Where the built Angular apps are (`<dir>/portal/browser`, `<dir>/desk/browser`); served when present. */
  @IsString()
  WEB_DIST_DIR = 'dist/apps';

  @IsString()
  SMTP_URL = 'smtp://127.0.0.1:2525';

  @IsString()
  MAIL_FROM = 'Cổng dịch vụ công <no-reply@dichvucong.demo.vn>';

  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /** The national public service portal (the mock in scripts/mock-national-portal.mjs in development and tests). */
  @IsUrl({ require_tld: false, require_protocol: true })
  NATIONAL_PORTAL_URL = 'http://127.0.0.1:8090';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  NATIONAL_PORTAL_TIMEOUT_MS = 5000;

  /** The shared key the national portal presents (X-Integration-Key) when it hands a dossier over. */
  @IsString()
  @MinLength(16)
  NATIONAL_PORTAL_INTAKE_KEY = 'dev-national-portal-intake-key';

  /** How SMS leave: `log` writes one JSON line per SMS (phone masked) and sends nothing; real providers plug in here. */
  @IsIn(['log'])
  SMS_PROVIDER = 'log' as const;

  /** The locality printed on forms before the date ("Thanh Hóa, ngày … tháng … năm …"). */
  @IsString()
  PROVINCE_PLACE = 'Thanh Hóa';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  COOKIE_SECURE = false;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  SESSION_TTL_HOURS = 12;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

  /** Jobs each worker process runs at once per queue (they mostly wait on the database, SMTP or the national portal). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 8;

  /**
   * Whether this worker process sets up the recurring jobs (deadline sweep, reminders, statistics). BullMQ runs each
   * tick once whichever worker upserted it, so this only matters for a worker pool that must not start them (and for
   * tests whose worker must not sweep other tests' dossiers).
   */
  @Transform(({ value }) => value === undefined || value === true || value === 'true' || value === '1')
  @IsBoolean()
  WORKER_SCHEDULES = true;

  /** The first retry delay of a failed job (then exponential: ×2 per attempt). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  JOB_BACKOFF_MS = 2000;

  /**
   * How long a running job's lock lasts; a job whose worker died is picked up again after about this long. Short in
   * tests that kill workers, 30 s otherwise.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1000)
  WORKER_LOCK_MS = 30_000;

  /** The applicant is reminded of an unanswered supplement request after this many working days. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  SUPPLEMENT_REMINDER_WORKING_DAYS = 5;

  /** Without the supplement within this many working days the dossier is closed (Decree 118: 15). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  SUPPLEMENT_LIMIT_WORKING_DAYS = 15;

  /** An open dossier is "at risk" this many working hours before its due date. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(400)
  AT_RISK_WORKING_HOURS = 8;

  /**
   * ClamAV's clamd, for the virus scan of uploaded attachments: a unix socket path (wins when both are set) or a TCP
   * host and port. Neither set: no virus scan (the type, size and integrity checks still run).
   */
  @IsOptional()
  @IsString()
  CLAMD_SOCKET?: string;

  @IsOptional()
  @IsString()
  CLAMD_HOST?: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(65535)
  CLAMD_PORT = 3310;

  /** How long one scan may take (connect, send, answer) before the attempt fails and the job is retried. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  CLAMD_TIMEOUT_MS = 30_000;
}

export class ConfigValidationError extends Error {}

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(AppConfig, defined, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map((error) => `  ${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`);
    throw new ConfigValidationError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  return config;
}
