import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { LocalizePipe } from '@dvc/web/ui';
import {
  ACCEPTED_FILE_TYPES, legalHours, TIME_UNITS, type ApplicantType, type ChannelCode, type Label, type ProcedureLevelCode, type ProcedureRecord,
  type RecordProblem, type StepRole,
} from '@dvc/shared/domain';
import {
  APPLICANT_LABELS, CHANNEL_LABELS, CM, ITEM_KINDS, itemLabel, LEVEL_LABELS, processTotalLabel, ROLE_LABELS, TIME_UNIT_LABELS,
} from '../i18n/messages';
import { RecordFieldComponent } from './record-field.component';
import { appendAt, fieldId, NEW_ITEMS, processHours, removeAt, setAt, toggled } from './record-form';

const LEVELS: readonly ProcedureLevelCode[] = ['province', 'commune', 'ministry'];
const APPLICANT_TYPES: readonly ApplicantType[] = ['citizen', 'enterprise', 'organisation'];
const CHANNELS: readonly ChannelCode[] = ['online', 'counter', 'postal'];
const STEP_ROLES: readonly StepRole[] = ['desk_officer', 'specialist', 'leader'];
const FILE_TYPE_LABELS: Record<(typeof ACCEPTED_FILE_TYPES)[number], string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/**
 * The structured part of the procedure editor: the main fields of a record (general facts, sectors and levels, time
 * limits and fees per channel, cases with steps and documents, results, legal basis, the internal process with roles
 * and hours). Every change makes a new record (two-way `record`); the editor checks it with the domain rules and
 * passes the problems back, which mark the fields they concern.
 */
@Component({
  selector: 'sd-record-form',
  imports: [LocalizePipe, RecordFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './record-form.component.css',
  templateUrl: './record-form.component.html',
})
export class RecordFormComponent {
  readonly record = model.required<ProcedureRecord>();
  readonly problems = input<readonly RecordProblem[]>([]);
  /** A new procedure chooses its code; a draft keeps it. */
  readonly codeEditable = input(false);

  protected readonly cm = CM;
  protected readonly kinds = ITEM_KINDS;
  protected readonly item = itemLabel;
  protected readonly fid = fieldId;
  protected readonly levels = LEVELS;
  protected readonly levelLabels = LEVEL_LABELS;
  protected readonly applicantTypes = APPLICANT_TYPES;
  protected readonly applicantLabels = APPLICANT_LABELS;
  protected readonly channels = CHANNELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly units = TIME_UNITS;
  protected readonly unitLabels = TIME_UNIT_LABELS;
  protected readonly roles = STEP_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly fileTypes = ACCEPTED_FILE_TYPES;
  protected readonly fileTypeLabels = FILE_TYPE_LABELS;
  protected readonly newItems = NEW_ITEMS;

  protected readonly processTotal = computed(() => {
    const record = this.record();
    return processTotalLabel(processHours(record), record.channels.length ? legalHours(record) : null);
  });
  /** The steps' hours add up to the legal time (else every hours field is marked, with the total). */
  protected readonly processMatches = computed(() => !this.problems().some((problem) => problem.code === 'PROCESS_SUM'));

  protected set(path: string, value: unknown): void {
    this.record.update((record) => setAt(record, path, value));
  }

  protected add(path: string, item: unknown): void {
    this.record.update((record) => appendAt(record, path, item));
  }

  protected remove(path: string, index: number): void {
    this.record.update((record) => removeAt(record, path, index));
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected choice(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected toggleLevel(level: ProcedureLevelCode, on: boolean): void {
    this.set('levels', toggled(this.record().levels, level, on, LEVELS));
  }

  protected toggleApplicant(type: ApplicantType, on: boolean): void {
    this.set('applicantTypes', toggled(this.record().applicantTypes, type, on, APPLICANT_TYPES));
  }

  protected toggleFileType(path: string, current: readonly string[], type: string, on: boolean): void {
    this.set(path, toggled(current, type, on, ACCEPTED_FILE_TYPES));
  }

  /** Problems at exactly a group's path (a sector, a component, a channel's time limit …), shown under its legend. */
  protected errorsAt(path: string): Label[] {
    return this.problems().filter((problem) => problem.path === path).map((problem) => problem.message);
  }

  protected invalidAt(path: string): boolean {
    return this.problems().some((problem) => problem.path === path);
  }
}
