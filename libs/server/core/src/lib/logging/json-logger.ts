import type { LoggerService } from '@nestjs/common';
import pino, { type Logger as PinoLogger } from 'pino';

/**
 * JSON logs (pino) behind Nest's Logger, so every `new Logger(ClassName.name)` writes structured lines.
 * Objects passed as the first argument become fields; never pass personal data or secrets.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: PinoLogger;

  constructor(level: string, service: string) {
    this.pino = pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
  }

  // Nest calls these as (message, ...params, context): `logger.log({ fields }, 'text')` arrives as ({…}, 'text', 'Ctx').
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, params: unknown[]): void {
    const context = params.length > 0 ? String(params[params.length - 1]) : undefined;
    const text = params.length > 1 ? params.slice(0, -1).filter((param) => typeof param === 'string').join(' ') : undefined;
    if (typeof message === 'object' && message !== null) {
      const fields = message instanceof Error ? { err: { message: message.message, stack: message.stack } } : message;
      this.pino[level]({ context, ...(fields as Record<string, unknown>) }, text);
    } else {
      this.pino[level]({ context }, text ? `${String(message)} ${text}` : String(message));
    }
  }
}
