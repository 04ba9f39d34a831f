import { checkApology, classifyFinished, classifyOpen, replayClock, type ClockEvent } from './dossier-clock';
import { VN_CIVIL_SERVICE_CALENDAR } from './official-calendars';
import type { TimeLimit } from './dossier-lifecycle.types';
import { localDateTime, WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar(VN_CIVIL_SERVICE_CALENDAR);
const at = (day: string, time: string) => localDateTime(day, time);
const THREE_DAYS = { value: 3, unit: 'working_days' } as const;

describe('replayClock', () => {
  it.each<[string, ClockEvent[], Date | null, boolean, TimeLimit?]>([
    ['three working days from Monday 09:00 end Thursday 09:00', [{ kind: 'started', at: at('2026-11-16', '09:00') }], at('2026-11-19', '09:00'), true],
    [
      'a supplement pause extends by the waiting time when the procedure says so (resume)',
      [
        { kind: 'started', at: at('2026-11-16', '09:00') },
        { kind: 'paused', at: at('2026-11-17', '09:00'), reason: 'supplement' },
        { kind: 'resumed', at: at('2026-11-23', '10:00') },
      ],
      at('2026-11-26', '10:00'),
      true,
    ],
    [
      'a complete supplement restarts from zero, after the cut-off and Culture Day',
      [
        { kind: 'started', at: at('2026-11-16', '09:00') },
        { kind: 'paused', at: at('2026-11-17', '09:00'), reason: 'supplement' },
        { kind: 'restarted', at: at('2026-11-23', '15:30') },
      ],
      at('2026-11-27', '17:00'),
      true,
    ],
    [
      'consultation time that does not count moves the date by its length',
      [
        { kind: 'started', at: at('2026-11-16', '09:00') },
        { kind: 'paused', at: at('2026-11-17', '09:00'), reason: 'consultation' },
        { kind: 'resumed', at: at('2026-11-19', '09:00') },
      ],
      at('2026-11-23', '09:00'),
      true,
    ],
    [
      'an apology sets the new date, and a later payment pause still moves it',
      [
        { kind: 'started', at: at('2026-11-16', '09:00') },
        { kind: 'extended', at: at('2026-11-17', '10:00'), newDueAt: at('2026-11-20', '17:00') },
        { kind: 'paused', at: at('2026-11-18', '09:00'), reason: 'payment' },
        { kind: 'resumed', at: at('2026-11-19', '09:00') },
      ],
      at('2026-11-23', '17:00'),
      true,
    ],
    [
      'thirteen calendar days keep their date when nothing pauses',
      [{ kind: 'started', at: at('2026-11-16', '08:00') }],
      at('2026-11-30', '17:00'),
      true,
      { value: 13, unit: 'calendar_days' },
    ],
    ['no date while paused', [{ kind: 'started', at: at('2026-11-16', '09:00') }, { kind: 'paused', at: at('2026-11-16', '10:00'), reason: 'payment' }], null, false],
    ['no date before reception', [], null, false],
  ])('%s', (_case, events, expectedDue, running, limit = THREE_DAYS) => {
    const sut = replayClock(events, limit, calendar);
    expect(sut.dueAt?.toISOString() ?? null).toBe(expectedDue?.toISOString() ?? null);
    expect(sut.running).toBe(running);
  });

  it('should explain the due date line by line', () => {
    const sut = replayClock(
      [
        { kind: 'started', at: at('2026-11-16', '09:00') },
        { kind: 'paused', at: at('2026-11-17', '09:00'), reason: 'supplement' },
        { kind: 'restarted', at: at('2026-11-23', '15:30') },
        { kind: 'finished', at: at('2026-11-26', '10:00') },
      ],
      THREE_DAYS,
      calendar,
    );
    expect(sut.ledger.map((line) => [line.kind, line.consumedMinutes, line.remainingMinutes, line.dueAt])).toEqual([
      ['started', 0, 1440, at('2026-11-19', '09:00').toISOString()],
      ['paused', 480, 960, null],
      ['restarted', 0, 1440, at('2026-11-27', '17:00').toISOString()],
      ['finished', 660, 780, null],
    ]);
    expect(sut.ledger[0]?.text.vi).toContain('24 giờ làm việc');
    expect(sut.ledger[2]?.text.en).toContain('from zero');
    expect(sut.finished).toBe(true);
  });

  it('should ignore a second start and events after the finish', () => {
    const sut = replayClock(
      [
        { kind: 'started', at: at('2026-11-16', '09:00') },
        { kind: 'started', at: at('2026-11-18', '09:00') },
        { kind: 'finished', at: at('2026-11-18', '10:00') },
        { kind: 'resumed', at: at('2026-11-19', '10:00') },
      ],
      THREE_DAYS,
      calendar,
    );
    expect(sut.ledger.map((line) => line.kind)).toEqual(['started', 'finished']);
    expect(sut.consumedMinutes).toBe(360 + 480 + 180);
  });

  it('should count an extension once', () => {
    const sut = replayClock(
      [{ kind: 'started', at: at('2026-11-16', '09:00') }, { kind: 'extended', at: at('2026-11-17', '10:00'), newDueAt: at('2026-11-20', '17:00') }],
      THREE_DAYS,
      calendar,
    );
    expect(sut.extensions).toBe(1);
    expect(sut.dueAt?.toISOString()).toBe(at('2026-11-20', '17:00').toISOString());
  });
});

describe('classification', () => {
  const due = at('2026-11-19', '09:00');

  it.each([
    [at('2026-11-18', '16:00'), 'early'],
    [at('2026-11-19', '08:30'), 'on_time'],
    [at('2026-11-19', '09:00'), 'on_time'],
    [at('2026-11-19', '09:01'), 'late'],
  ] as const)('a dossier finished at %s is %s', (finishedAt, expected) => {
    expect(classifyFinished(finishedAt, due)).toBe(expected);
  });

  it.each([
    [at('2026-11-16', '10:00'), 'within_time'],
    [at('2026-11-18', '15:00'), 'at_risk'],
    [at('2026-11-19', '09:30'), 'overdue'],
  ] as const)('an open dossier at %s is %s (at risk within 8 working hours)', (now, expected) => {
    expect(classifyOpen(now, due, calendar, 480)).toBe(expected);
  });
});

describe('checkApology', () => {
  const due = at('2026-11-19', '09:00');
  const later = at('2026-11-20', '17:00');

  it.each([
    ['allowed the day before', at('2026-11-18', '10:00'), later, 0, null],
    ['refused on the due date', at('2026-11-19', '08:00'), later, 0, 'DOSSIER.APOLOGY_TOO_LATE'],
    ['refused a second time', at('2026-11-17', '10:00'), later, 1, 'DOSSIER.APOLOGY_ALREADY_GIVEN'],
    ['refused for an earlier date', at('2026-11-17', '10:00'), at('2026-11-18', '17:00'), 0, 'DOSSIER.NEW_DATE_NOT_LATER'],
  ] as const)('%s', (_case, now, newDue, previous, expected) => {
    expect(checkApology(now, due, newDue, previous)?.code ?? null).toBe(expected);
  });
});
