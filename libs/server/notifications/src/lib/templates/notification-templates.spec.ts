import type { EventDetails } from '@dvc/shared/contracts';
import type { DossierStatus } from '@dvc/shared/domain';
import type { NotificationKind } from '../notification-kinds';
import { gsmLength } from './sms-text';
import { composeNotification, composeSupplementReminder, type NotificationFacts } from './notification-templates';

const CODE = '000.00.31.H56-261123-0001';
const URL = 'http://localhost:3000/ho-so-cua-toi/7f0c2a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';

function factsFor(overrides: Partial<NotificationFacts> = {}, details: EventDetails = {}): NotificationFacts {
  return {
    applicantName: 'Nguyễn Văn An',
    dossierCode: CODE,
    procedureName: 'Đăng ký khai sinh',
    agencyName: 'UBND phường Điện Biên',
    detailUrl: URL,
    reason: null,
    dueAt: null,
    occurredAt: new Date('2026-11-23T02:15:00Z'),
    fromStatus: 'received',
    details,
    ...overrides,
  };
}

interface Case {
  kind: NotificationKind;
  facts: NotificationFacts;
  subject: string;
  /** Key facts the e-mail must state (Vietnamese and English parts). */
  text: string[];
  /** Key facts the SMS must state. */
  sms: string[];
}

const CASES: Case[] = [
  {
    kind: 'submitted',
    facts: factsFor({ fromStatus: null }),
    subject: `[${CODE}] Mới đăng ký: hồ sơ đã được gửi, đang chờ tiếp nhận / Submitted: awaiting reception`,
    text: ['Hồ sơ đã được gửi, đang chờ tiếp nhận', '09:15 ngày 23/11/2026', 'awaiting reception', 'UBND phường Điện Biên'],
    sms: ['da duoc gui, dang cho tiep nhan'],
  },
  {
    kind: 'received',
    facts: factsFor({ fromStatus: 'submitted', dueAt: new Date('2026-11-26T10:00:00Z') }),
    subject: `[${CODE}] Đã tiếp nhận / Received`,
    text: ['Hồ sơ đã được tiếp nhận', 'Ngày hẹn trả kết quả: 17:00 ngày 26/11/2026', '26/11/2026 at 17:00', 'Nơi nhận kết quả: Bộ phận Một cửa – UBND phường Điện Biên', 'one-stop desk of UBND phường Điện Biên'],
    sms: ['da duoc tiep nhan', '17:00 26/11/2026', 'Bo phan Mot cua UBND phuong Dien Bien'],
  },
  {
    kind: 'supplement_requested',
    facts: factsFor({ reason: 'Tờ khai thiếu chữ ký' }, { items: ['Tờ khai có chữ ký', 'Bản sao CCCD của người đi khai'] }),
    subject: `[${CODE}] Yêu cầu bổ sung hồ sơ / Supplement requested`,
    text: ['Lý do: Tờ khai thiếu chữ ký', '1. Tờ khai có chữ ký', '2. Bản sao CCCD của người đi khai', 'Việc cần làm', `nộp bổ sung đầy đủ các giấy tờ trên tại ${URL}`, 'Reason: Tờ khai thiếu chữ ký', 'What to do'],
    sms: ['can bo sung 2 giay to', 'Ly do: To khai thieu chu ky', 'nop bo sung'],
  },
  {
    kind: 'payment_requested',
    facts: factsFor({}, { amount: 1_500_000 }),
    subject: `[${CODE}] Yêu cầu thực hiện nghĩa vụ tài chính / Payment requested`,
    text: ['Số tiền: 1.500.000 ₫', 'Amount: 1.500.000 ₫', `trực tuyến tại ${URL}`],
    sms: ['1.500.000 dong'],
  },
  {
    kind: 'apology',
    facts: factsFor(
      { reason: 'Cần xác minh thêm với cơ quan phối hợp' },
      { previousDueAt: '2026-11-26T10:00:00.000Z', newDueAt: '2026-12-03T10:00:00.000Z' },
    ),
    subject: `[${CODE}] Thư xin lỗi và hẹn lại ngày trả kết quả / Apology and new appointment`,
    text: ['xin lỗi', 'Lý do: Cần xác minh thêm với cơ quan phối hợp', 'Ngày hẹn cũ: 17:00 ngày 26/11/2026', 'Ngày hẹn mới: 17:00 ngày 03/12/2026', 'Previous appointment: 26/11/2026 at 17:00', 'New appointment: 03/12/2026 at 17:00'],
    sms: ['Xin loi', 'Hen moi: 17:00 03/12/2026', 'hen cu 17:00 26/11/2026'],
  },
  {
    kind: 'result_ready',
    facts: factsFor({ fromStatus: 'awaiting_approval' }),
    subject: `[${CODE}] Đã có kết quả / Result ready`,
    text: ['Hồ sơ đã có kết quả', 'Bộ phận Một cửa – UBND phường Điện Biên', 'result of your dossier is ready'],
    sms: ['da co ket qua', 'Bo phan Mot cua'],
  },
  {
    kind: 'returned',
    facts: factsFor({ fromStatus: 'result_ready' }, { returnMethod: 'online' }),
    subject: `[${CODE}] Đã trả kết quả / Result returned`,
    text: [`Kết quả đã được trả trực tuyến. Tải kết quả tại: ${URL}`, `Download it at: ${URL}`, 'đánh giá mức độ hài lòng'],
    sms: ['tra truc tuyen', 'tai ve'],
  },
  {
    kind: 'returned',
    facts: factsFor({ fromStatus: 'result_ready' }, { returnMethod: 'post', waybill: 'EMS123456789VN' }),
    subject: `[${CODE}] Đã trả kết quả / Result returned`,
    text: ['bưu chính', 'Số vận đơn: EMS123456789VN', 'Waybill number: EMS123456789VN'],
    sms: ['buu chinh', 'EMS123456789VN'],
  },
  {
    kind: 'returned',
    facts: factsFor({ fromStatus: 'result_ready' }, { returnMethod: 'counter', collectedBy: 'Trần Thị Bình' }),
    subject: `[${CODE}] Đã trả kết quả / Result returned`,
    text: ['Bộ phận Một cửa – UBND phường Điện Biên', 'Người nhận: Trần Thị Bình', 'Collected by: Trần Thị Bình'],
    sms: ['Bo phan Mot cua', 'Nguoi nhan: Tran Thi Binh'],
  },
  {
    kind: 'refused',
    facts: factsFor({ fromStatus: 'submitted', reason: 'Không thuộc thẩm quyền giải quyết' }),
    subject: `[${CODE}] Không được tiếp nhận / Refused`,
    text: ['Hồ sơ không được tiếp nhận', 'Lý do: Không thuộc thẩm quyền giải quyết', 'Reason: Không thuộc thẩm quyền giải quyết'],
    sms: ['khong duoc tiep nhan', 'Ly do: Khong thuoc tham quyen giai quyet'],
  },
  {
    kind: 'refused',
    facts: factsFor({ fromStatus: 'awaiting_approval', reason: 'Không đủ điều kiện theo quy định' }),
    subject: `[${CODE}] Từ chối giải quyết hồ sơ / Application refused`,
    text: ['Hồ sơ bị từ chối giải quyết', 'Lý do: Không đủ điều kiện theo quy định'],
    sms: ['bi tu choi giai quyet', 'Ly do: Khong du dieu kien'],
  },
  {
    kind: 'withdrawn',
    facts: factsFor({ reason: 'Nộp nhầm thủ tục' }),
    subject: `[${CODE}] Đã rút hồ sơ / Withdrawn`,
    text: ['Hồ sơ đã được rút theo yêu cầu của Quý vị', 'Lý do: Nộp nhầm thủ tục', 'withdrawn at your request'],
    sms: ['da duoc rut'],
  },
  {
    kind: 'supplement_expired',
    facts: factsFor({ fromStatus: 'supplement_requested', reason: 'Quá 15 ngày làm việc không nhận được hồ sơ bổ sung / No supplement within 15 working days' }),
    subject: `[${CODE}] Đóng hồ sơ do quá hạn bổ sung / Closed: the supplement did not come in time`,
    text: ['đóng lại vì chưa nhận được hồ sơ bổ sung trong thời hạn quy định', 'Lý do: Quá 15 ngày làm việc', 'nộp hồ sơ mới', 'closed: the requested supplement did not arrive'],
    sms: ['da bi dong do qua han nop bo sung'],
  },
];

describe('composeNotification', () => {
  it('should have a case for every kind', () => {
    const kinds: Record<NotificationKind, true> = {
      submitted: true, received: true, supplement_requested: true, payment_requested: true, apology: true,
      result_ready: true, returned: true, refused: true, withdrawn: true, supplement_expired: true,
    };
    expect(new Set(CASES.map((testCase) => testCase.kind))).toEqual(new Set(Object.keys(kinds)));
  });

  describe.each(CASES.map((testCase) => [`${testCase.kind}${testCase.facts.details.returnMethod ? ` (${testCase.facts.details.returnMethod})` : ''}`, testCase] as const))(
    '%s',
    (_name, testCase) => {
      const sut = composeNotification(testCase.kind, testCase.facts);

      it('should have its subject with the dossier code, Vietnamese then English', () => {
        expect(sut.subject).toBe(testCase.subject);
      });

      it('should state its key facts', () => {
        for (const fact of testCase.text) expect(sut.text).toContain(fact);
      });

      it('should greet, name the dossier and link to it, Vietnamese first with English below', () => {
        const [vi = '', en = ''] = sut.text.split('\n---\n');
        expect(vi).toContain('Kính gửi Nguyễn Văn An,');
        expect(vi).toContain(`Mã hồ sơ: ${CODE}`);
        expect(vi).toContain('Thủ tục: Đăng ký khai sinh');
        expect(vi).toContain(`Xem chi tiết: ${URL}`);
        expect(en).toContain('Dear Nguyễn Văn An,');
        expect(en).toContain(`Dossier code: ${CODE}`);
        expect(en).toContain(`Details: ${URL}`);
      });

      it('should never leave a placeholder unfilled', () => {
        expect(sut.text).not.toMatch(/undefined|null|NaN|Invalid Date|\[object/);
        expect(sut.sms).not.toMatch(/undefined|null|NaN|Invalid Date|\[object/);
      });

      it('should have an SMS in the GSM alphabet, within 160 characters, with its key facts', () => {
        expect(gsmLength(sut.sms)).not.toBeNull();
        expect(gsmLength(sut.sms)).toBeLessThanOrEqual(160);
        expect(sut.sms).toContain(CODE);
        for (const fact of testCase.sms) expect(sut.sms).toContain(fact);
      });
    },
  );

  it('should say where to look when a fact is missing rather than print nothing', () => {
    const received = composeNotification('received', factsFor({ dueAt: null }));
    expect(received.text).toContain('Ngày hẹn trả kết quả: (xem chi tiết trên Cổng dịch vụ công)');
    const payment = composeNotification('payment_requested', factsFor({}, {}));
    expect(payment.text).toContain('Số tiền: (xem chi tiết trên Cổng dịch vụ công)');
    expect(payment.sms).toContain('can nop phi, le phi.');
  });

  it('should keep an SMS within 160 characters by shortening a long reason', () => {
    const sut = composeNotification('refused', factsFor({ fromStatus: 'submitted', reason: 'Hồ sơ không đúng thành phần theo quy định, '.repeat(6) }));
    expect(gsmLength(sut.sms)).toBeLessThanOrEqual(160);
    expect(sut.sms).toMatch(/Ly do: Ho so khong dung thanh phan.*\.\.\.$/);
    expect(sut.text).toContain('Hồ sơ không đúng thành phần theo quy định, '.repeat(6).trim());
  });

  it('should give times in Vietnam time whatever the instant', () => {
    const late = composeNotification('received', factsFor({ dueAt: new Date('2026-11-26T18:30:00Z') }));
    expect(late.text).toContain('Ngày hẹn trả kết quả: 01:30 ngày 27/11/2026');
  });
});

describe('composeSupplementReminder', () => {
  const facts = factsFor(
    { reason: 'Tờ khai thiếu chữ ký', occurredAt: new Date('2026-11-20T03:00:00Z'), fromStatus: 'submitted' as DossierStatus },
    { items: ['Tờ khai có chữ ký'] },
  );
  const sut = composeSupplementReminder(facts);

  it('should remind what is still missing, since when, why and where to answer', () => {
    expect(sut.subject).toBe(`[${CODE}] Nhắc bổ sung hồ sơ / Reminder: your dossier needs completing`);
    for (const fact of ['từ 10:00 ngày 20/11/2026', 'Lý do: Tờ khai thiếu chữ ký', '1. Tờ khai có chữ ký', `nộp bổ sung tại ${URL}`, 'since 20/11/2026 at 10:00']) {
      expect(sut.text).toContain(fact);
    }
  });

  it('should fit one SMS', () => {
    expect(gsmLength(sut.sms)).toBeLessThanOrEqual(160);
    expect(sut.sms).toContain('dang cho bo sung 1 giay to tu 10:00 20/11/2026');
  });
});
