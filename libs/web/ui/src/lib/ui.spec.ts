import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ApiError } from '@dvc/shared/contracts';
import type { DossierStatus } from '@dvc/shared/domain';
import { ErrorAlertComponent } from './error-alert.component';
import { LanguageService } from './language.service';
import { StatusBadgeComponent } from './status-badge.component';
import { TimelineComponent, type TimelineEntry } from './timeline.component';
import { VnDatePipe } from './vn-date.pipe';

@Component({
  imports: [StatusBadgeComponent, ErrorAlertComponent, TimelineComponent],
  template: `<ui-status-badge [status]="status()" /><ui-error-alert [error]="error()" /><ui-timeline [entries]="entries()" />`,
})
class HostComponent {
  readonly status = signal<DossierStatus>('submitted');
  readonly error = signal<ApiError | null>(null);
  readonly entries = signal<TimelineEntry[]>([]);
}

describe('shared UI components', () => {
  beforeEach(() => localStorage.clear());

  function render() {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    return { fixture, host: fixture.componentInstance, element: fixture.nativeElement as HTMLElement };
  }

  it('should show the status in Vietnamese with its code and group, and in English after a switch', async () => {
    const { fixture, host, element } = render();
    host.status.set('supplement_requested');
    await fixture.whenStable();
    const badge = element.querySelector('[data-testid="dossier-status"]') as HTMLElement;
    expect(badge.dataset['status']).toBe('supplement_requested');
    expect(badge.className).toContain('badge--paused');
    expect(badge.textContent?.trim()).toBe('Yêu cầu bổ sung');
    TestBed.inject(LanguageService).toggle();
    await fixture.whenStable();
    expect(badge.textContent?.trim()).toBe('Supplement requested');
    expect(document.documentElement.lang).toBe('en');
  });

  it('should render nothing for no error, and the message, every detail and the code for an error', async () => {
    const { fixture, host, element } = render();
    expect(element.querySelector('[role="alert"]')).toBeNull();
    host.error.set({
      statusCode: 400, code: 'DOSSIER.FORM_INVALID', message: 'Biểu mẫu chưa hợp lệ / The form has invalid fields', correlationId: 'abc-123',
      details: [{ field: 'formData.hoTen', code: 'REQUIRED', message: 'Hãy nhập «Họ tên» / "Họ tên" is required' }],
    });
    await fixture.whenStable();
    const alert = element.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.dataset['code']).toBe('DOSSIER.FORM_INVALID');
    expect(alert.textContent).toContain('Biểu mẫu chưa hợp lệ');
    expect(alert.textContent).not.toContain('The form has invalid fields');
    expect(alert.textContent).toContain('Hãy nhập «Họ tên»');
    expect(alert.textContent).toContain('abc-123');
    TestBed.inject(LanguageService).toggle();
    await fixture.whenStable();
    expect(alert.textContent).toContain('The form has invalid fields');
    expect(alert.textContent).toContain('"Họ tên" is required');
  });

  it('should list timeline entries in order with action, status, actor and reason', async () => {
    const { fixture, host, element } = render();
    host.entries.set([
      { toStatus: 'submitted', occurredAt: '2026-11-24T01:00:00Z', action: 'submit', actorName: 'Trần Văn Công' },
      { toStatus: 'supplement_requested', occurredAt: '2026-11-24T03:00:00Z', action: 'request_supplement', reason: 'Thiếu tờ khai' },
    ]);
    await fixture.whenStable();
    const items = [...element.querySelectorAll('[data-testid="timeline-item"]')] as HTMLElement[];
    expect(items.map((item) => item.dataset['status'])).toEqual(['submitted', 'supplement_requested']);
    expect(items[0]?.textContent).toContain('Nộp hồ sơ');
    expect(items[0]?.textContent).toContain('Trần Văn Công');
    expect(items[0]?.textContent).toContain('08:00 24/11/2026');
    expect(items[1]?.textContent).toContain('Thiếu tờ khai');
  });
});

describe('VnDatePipe', () => {
  const sut = new VnDatePipe();

  it.each([
    ['2026-11-24T09:59:00Z', 'datetime', '16:59 24/11/2026'],
    ['2026-11-24T17:30:00Z', 'datetime', '00:30 25/11/2026'],
    ['2026-11-24T17:30:00Z', 'date', '25/11/2026'],
    [null, 'datetime', ''],
    ['not a date', 'datetime', ''],
  ] as const)('should show %s in Vietnam time as %j (%s)', (iso, format, expected) => {
    expect(sut.transform(iso, format)).toBe(expected);
  });
});
