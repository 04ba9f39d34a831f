import { parseOfficeHours, type Label } from '@dvc/shared/domain';
import type { OfficeHoursSetting } from '@dvc/shared/contracts';
import { serverTextLabel } from '@dvc/web/ui';

export const MAX_PERIODS = 4;

/** "07:00–11:30, 13:30–17:00". */
export function periodsText(hours: OfficeHoursSetting): string {
  return hours.segments.map((segment) => `${segment.start}–${segment.end}`).join(', ');
}

/** Office minutes in a day, when every period is well formed (else null). */
export function minutesPerDay(hours: OfficeHoursSetting): number | null {
  const parsed = parseOfficeHours(hours);
  return parsed.ok ? parsed.hours.segments.reduce((sum, segment) => sum + segment.end - segment.start, 0) : null;
}

/**
 * Why these office hours cannot be sent (1–4 periods of HH:MM in order without overlap, the cut-off within the
 * day), by the same rule the server applies, or null when they can.
 */
export function officeHoursProblem(hours: OfficeHoursSetting): Label | null {
  const parsed = parseOfficeHours(hours);
  return parsed.ok ? null : serverTextLabel(parsed.problem);
}

/** A copy for the editor (the view's arrays are never changed in place). */
export function editable(hours: OfficeHoursSetting): OfficeHoursSetting {
  return { segments: hours.segments.map((segment) => ({ ...segment })), cutoff: hours.cutoff };
}

/** "7:30", "0730", "7h30", "7.30" → "07:30"; anything else is left for the HH:MM check to refuse. */
export function normalizeTime(value: string): string {
  const match = /^(\d{1,2})[:.hH]?(\d{2})$/.exec(value.trim());
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}` : value.trim();
}

/** What is sent: times written HH:MM, nothing else. */
export function officeHoursRequest(hours: OfficeHoursSetting): OfficeHoursSetting {
  return {
    segments: hours.segments.map((segment) => ({ start: normalizeTime(segment.start), end: normalizeTime(segment.end) })),
    cutoff: normalizeTime(hours.cutoff),
  };
}
