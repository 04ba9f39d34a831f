import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { Label } from '@dvc/shared/domain';
import { LanguageService } from './language.service';

/** `{{ { vi: 'Nộp hồ sơ', en: 'Submit' } | loc }}` → the text in the chosen language (re-evaluated when it changes). */
@Pipe({ name: 'loc', pure: false })
export class LocalizePipe implements PipeTransform {
  private readonly languages = inject(LanguageService);

  transform(label: Label | null | undefined): string {
    return label ? this.languages.text(label) : '';
  }
}
