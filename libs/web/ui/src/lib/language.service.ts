import { DOCUMENT } from '@angular/common';
import { effect, inject, Injectable, signal } from '@angular/core';
import type { Label } from '@dvc/shared/domain';

export type Language = keyof Label;
const STORAGE_KEY = 'dvc.language';

/** Vietnamese first; English on request. The choice is remembered and set on <html lang> for screen readers. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly document = inject(DOCUMENT);
  readonly language = signal<Language>(this.initial());

  constructor() {
    effect(() => {
      const language = this.language();
      this.document.documentElement.lang = language;
      try {
        this.document.defaultView?.localStorage.setItem(STORAGE_KEY, language);
      } catch {
        // Private browsing may refuse storage; the choice then lasts for this page only.
      }
    });
  }

  text(label: Label): string {
    return label[this.language()];
  }

  toggle(): void {
    this.language.update((language) => (language === 'vi' ? 'en' : 'vi'));
  }

  private initial(): Language {
    try {
      return this.document.defaultView?.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
    } catch {
      return 'vi';
    }
  }
}
