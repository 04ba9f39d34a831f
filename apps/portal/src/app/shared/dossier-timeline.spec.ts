import type { DossierEventView } from '@dvc/shared/contracts';
import { eventDetailText } from './dossier-timeline.component';

function event(overrides: Partial<DossierEventView> & Pick<DossierEventView, 'action' | 'details'>): DossierEventView {
  return {
    id: 'e', fromStatus: 'in_processing', toStatus: 'in_processing', actorName: 'Lê Một Cửa', actorRole: 'desk_officer', reason: null,
    occurredAt: '2026-11-24T03:00:00Z', ...overrides,
  };
}

describe('eventDetailText', () => {
  it('should list the items of a supplement request after a heading line', () => {
    const text = eventDetailText(event({ action: 'request_supplement', details: { items: ['Bản sao CCCD', 'Tờ khai có chữ ký'] } }));
    expect(text.items).toEqual(['Bản sao CCCD', 'Tờ khai có chữ ký']);
    expect(text.lines).toEqual([{ vi: 'Cần bổ sung, hoàn thiện:', en: 'To provide or fix:' }]);
  });

  it('should describe each way of returning the result in both languages', () => {
    expect(eventDetailText(event({ action: 'return_result', details: { returnMethod: 'online' } })).lines).toEqual([
      { vi: 'Trả trực tuyến trên Cổng', en: 'Returned online on the portal' },
    ]);
    expect(eventDetailText(event({ action: 'return_result', details: { returnMethod: 'post', waybill: 'EB1234' } })).lines[1]).toEqual({
      vi: 'Số vận đơn: EB1234', en: 'Waybill number: EB1234',
    });
    expect(eventDetailText(event({ action: 'return_result', details: { returnMethod: 'counter', collectedBy: 'Trần Thị Bình' } })).lines[1]).toEqual({
      vi: 'Người nhận: Trần Thị Bình', en: 'Collected by: Trần Thị Bình',
    });
  });

  it('should give the new appointment of an apology or a recomputation, or say it waits for the clock', () => {
    const moved = eventDetailText(event({ action: 'apologise', details: { previousDueAt: '2026-11-25T03:00:00Z', newDueAt: '2026-11-27T09:00:00Z' } }));
    expect(moved.lines[0]?.vi).toBe('Ngày hẹn mới: 16:00 27/11/2026 (thay cho 10:00 25/11/2026)');
    const paused = eventDetailText(event({ action: 'deadline_recomputed', actorRole: 'system', details: { previousDueAt: null } }));
    expect(paused.lines[0]?.vi).toContain('sẽ được tính lại khi hồ sơ tiếp tục');
  });

  it('should add nothing for events that recorded nothing the applicant needs', () => {
    expect(eventDetailText(event({ action: 'claim', details: { assigneeName: 'Phạm Chuyên Viên' } }))).toEqual({ lines: [], items: [] });
    expect(eventDetailText(event({ action: 'request_payment', details: {} }))).toEqual({ lines: [], items: [] });
  });
});
