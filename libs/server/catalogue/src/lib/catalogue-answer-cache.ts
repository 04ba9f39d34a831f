import { Injectable } from '@nestjs/common';

/** How long an answer is served again (a publication in this process clears them at once; other processes catch up). */
export const ANSWER_TTL_MS = 30_000;
const MAX_ANSWERS = 2000;

/**
 * Public catalogue answers (searches and procedure pages) as sent, by request URL, so a repeated request is answered
 * at the HTTP edge (a Fastify `onRequest` hook, after the security headers) without the controller pipeline or a
 * second serialisation. Only URLs the controller answered with 200, after validating them, are ever stored, so
 * nothing unvalidated gets an answer here. What changes an answer (a publication, a retirement, an import, an agency
 * merger) clears them all through CatalogueService.catalogueChanged.
 */
@Injectable()
export class CatalogueAnswerCache {
  private readonly answers = new Map<string, { body: Buffer; at: number }>();

  /** The answer's UTF-8 bytes: sending them again costs neither an encoding nor a length count. */
  get(url: string, now = Date.now()): Buffer | null {
    const entry = this.answers.get(url);
    if (!entry) return null;
    if (now - entry.at >= ANSWER_TTL_MS) {
      this.answers.delete(url);
      return null;
    }
    return entry.body;
  }

  set(url: string, json: string, now = Date.now()): void {
    if (this.answers.size >= MAX_ANSWERS && !this.answers.has(url)) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(url, { body: Buffer.from(json, 'utf8'), at: now });
  }

  clear(): void {
    this.answers.clear();
  }
}
