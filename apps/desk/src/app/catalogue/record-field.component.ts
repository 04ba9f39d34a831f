import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { LocalizePipe } from '@dvc/web/ui';
import type { Label, RecordProblem } from '@dvc/shared/domain';
import { cleanLines, concerns, fieldId, typedLines } from './record-form';

export type RecordFieldType = 'text' | 'number' | 'date' | 'textarea' | 'lines';

/**
 * One labelled input of the procedure record at a path: its id comes from the path (so a problem leads to it), it is
 * marked invalid when a problem concerns it and shows the problems of exactly its path. Numbers are sent while typed
 * when they read as numbers and, once the field is left, as null when empty; step lists are one line per step.
 */
@Component({
  selector: 'sd-record-field',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="field">
      <label [for]="id()">{{ label() | loc }}</label>
      @if (hint(); as text) {
        <span class="hint" [id]="id() + '-hint'">{{ text | loc }}</span>
      }
      @switch (type()) {
        @case ('textarea') {
          <textarea [id]="id()" [attr.data-path]="path()" [value]="text()" [readOnly]="readonly()" [attr.aria-invalid]="invalid() || null"
            [attr.aria-describedby]="describedBy()" (input)="edit.emit(textOf($event))"></textarea>
        }
        @case ('lines') {
          <textarea [id]="id()" [attr.data-path]="path()" [value]="text()" [readOnly]="readonly()" [attr.aria-invalid]="invalid() || null"
            [attr.aria-describedby]="describedBy()" (input)="edit.emit(lines($event, false))" (change)="edit.emit(lines($event, true))"></textarea>
        }
        @case ('number') {
          <input [id]="id()" type="number" inputmode="decimal" [attr.step]="step()" min="0" [attr.data-path]="path()" [value]="text()"
            [readOnly]="readonly()" [attr.aria-invalid]="invalid() || null" [attr.aria-describedby]="describedBy()" (input)="number($event, false)"
            (change)="number($event, true)" />
        }
        @case ('date') {
          <input [id]="id()" type="date" [attr.data-path]="path()" [value]="text()" [readOnly]="readonly()" [attr.aria-invalid]="invalid() || null"
            [attr.aria-describedby]="describedBy()" (input)="edit.emit(textOf($event) || null)" (change)="edit.emit(textOf($event) || null)" />
        }
        @default {
          <input [id]="id()" type="text" autocomplete="off" [attr.maxlength]="maxLength()" [attr.data-path]="path()" [value]="text()"
            [readOnly]="readonly()" [attr.aria-invalid]="invalid() || null" [attr.aria-describedby]="describedBy()" (input)="edit.emit(textOf($event))" />
        }
      }
      @if (errors().length) {
        <span class="error-text" [id]="id() + '-error'">
          @for (error of errors(); track $index) {
            {{ error | loc }}
          }
        </span>
      }
    </div>
  `,
})
export class RecordFieldComponent {
  readonly path = input.required<string>();
  readonly label = input.required<Label>();
  readonly value = input<string | number | null | readonly string[] | undefined>(null);
  readonly type = input<RecordFieldType>('text');
  readonly hint = input<Label | null>(null);
  readonly problems = input<readonly RecordProblem[]>([]);
  readonly readonly = input(false);
  readonly step = input<string | null>(null);
  readonly maxLength = input<number | null>(null);
  /** Marked invalid by a problem of a group it belongs to (e.g. the internal steps' hours not adding up). */
  readonly alsoInvalid = input(false);
  /** The new value: text, a number or null, or the list of lines. */
  readonly edit = output<unknown>();

  protected readonly id = computed(() => fieldId(this.path()));
  protected readonly text = computed(() => {
    const value = this.value();
    if (value === null || value === undefined) return '';
    return Array.isArray(value) ? value.join('\n') : String(value);
  });
  protected readonly errors = computed(() => this.problems().filter((problem) => problem.path === this.path()).map((problem) => problem.message));
  protected readonly invalid = computed(() => this.alsoInvalid() || this.problems().some((problem) => concerns(problem.path, this.path())));
  protected readonly describedBy = computed(() => {
    const ids = [this.hint() ? `${this.id()}-hint` : null, this.errors().length ? `${this.id()}-error` : null].filter((id) => id !== null);
    return ids.length ? ids.join(' ') : null;
  });

  protected textOf(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  protected lines(event: Event, clean: boolean): string[] {
    const text = (event.target as HTMLTextAreaElement).value;
    return clean ? cleanLines(text) : typedLines(text);
  }

  /** While typing, only values that read as numbers; on leaving the field, the number or null. */
  protected number(event: Event, commit: boolean): void {
    const field = event.target as HTMLInputElement;
    const number = field.value.trim() === '' ? Number.NaN : Number(field.value);
    if (Number.isFinite(number)) this.edit.emit(number);
    else if (commit) this.edit.emit(null);
  }
}
