import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Label } from '@dvc/shared/domain';
import { LocalizePipe } from '@dvc/web/ui';
import { fieldId, type FormControlView } from './online-form';

/**
 * What follows a form field: the record's help, the schema's rule in words, the error. Their ids
 * (`field-<key>-help`, `-hint`, `-error`) are what the field's aria-describedby names.
 */
@Component({
  selector: 'cp-field-notes',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let base = id();
    @if (control().help; as help) {
      <span class="hint" [id]="base + '-help'">{{ help }}</span>
    }
    @if (control().rule; as rule) {
      <span class="hint" [id]="base + '-hint'">{{ rule | loc }}</span>
    }
    @if (error(); as error) {
      <span class="error-text" [id]="base + '-error'" [attr.data-testid]="'field-error-' + control().key">{{ error | loc }}</span>
    }
  `,
  styles: `:host { display: contents; }`,
})
export class FieldNotesComponent {
  readonly control = input.required<FormControlView>();
  readonly error = input<Label | undefined>();
  protected id(): string {
    return fieldId(this.control().key);
  }
}
