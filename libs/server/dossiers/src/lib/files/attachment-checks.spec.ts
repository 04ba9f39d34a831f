import { createHash } from 'node:crypto';
import type { ProcedureComponent } from '@dvc/shared/contracts';
import { attachmentProblems, FILE_CHECK_MESSAGES, type AttachmentFacts } from './attachment-checks';
import { ACTIONS_WITH_ATTACHMENTS, CHECK_ATTACHMENTS_JOB } from './check-attachments.job';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const component = (overrides: Partial<ProcedureComponent> = {}): ProcedureComponent => ({
  code: 'TP01', name: 'Tờ khai', originals: 1, copies: 0, required: true, acceptedTypes: ['application/pdf'], maxSizeMb: 1, ...overrides,
});

const facts = (bytes: Buffer, overrides: Partial<AttachmentFacts> = {}): AttachmentFacts => ({
  bytes, uploadedSha256: sha(bytes), componentCode: 'TP01', component: component(), ...overrides,
});

describe('attachmentProblems', () => {
  it.each<[string, AttachmentFacts, string[]]>([
    ['a PDF for a PDF component', facts(PDF), []],
    ['a PNG for a component taking PDF or PNG', facts(PNG, { component: component({ acceptedTypes: ['application/pdf', 'image/png'] }) }), []],
    ['a PNG for a PDF component', facts(PNG), ['Tệp không phải PDF như thành phần yêu cầu / The file is not PDF as the component requires']],
    [
      'text for a component taking PDF or JPEG',
      facts(Buffer.from('hello'), { component: component({ acceptedTypes: ['application/pdf', 'image/jpeg'] }) }),
      ['Tệp không phải PDF hoặc JPEG như thành phần yêu cầu / The file is not PDF or JPEG as the component requires'],
    ],
    ['bytes that differ from the upload', facts(PDF, { uploadedSha256: sha(Buffer.from('the original')) }), [FILE_CHECK_MESSAGES.changed]],
    [
      'a PDF above the component limit',
      facts(Buffer.concat([PDF, Buffer.alloc(1024 * 1024)])),
      ['Tệp lớn hơn 1 MB cho phép của thành phần / The file is larger than the 1 MB the component allows'],
    ],
    ['a file of no component of the procedure', facts(PDF, { componentCode: 'TP09', component: undefined }), [FILE_CHECK_MESSAGES.unknownComponent('TP09')]],
    [
      'a changed file of the wrong type, too large',
      facts(Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]), { uploadedSha256: sha(PDF) }),
      [FILE_CHECK_MESSAGES.changed, FILE_CHECK_MESSAGES.wrongType(['application/pdf']), FILE_CHECK_MESSAGES.tooLarge(1)],
    ],
  ])('should find %s', (_case, input, expected) => {
    expect(attachmentProblems(input)).toEqual(expected);
  });

  it('should name the signature of malware found', () => {
    expect(FILE_CHECK_MESSAGES.malware('Win.Test.EICAR_HDB-1')).toBe('Phát hiện mã độc: Win.Test.EICAR_HDB-1 / Malware found: Win.Test.EICAR_HDB-1');
  });
});

describe('CHECK_ATTACHMENTS_JOB', () => {
  it.each([
    ['submit', true],
    ['submit_supplement', true],
    ['accept', false],
    ['request_supplement', false],
    ['approve', false],
  ] as const)('should start on %s: %s', (action, expected) => {
    const event = { dossierId: 'd-1', eventId: 'e-1', action, fromStatus: null, toStatus: 'submitted' as const };

    expect(CHECK_ATTACHMENTS_JOB.trigger.when(event)).toBe(expected);
  });

  it('should run on the files queue with the dossier and event as the payload', () => {
    const event = { dossierId: 'd-1', eventId: 'e-1', action: ACTIONS_WITH_ATTACHMENTS[0] ?? 'submit', fromStatus: null, toStatus: 'submitted' as const };

    expect(CHECK_ATTACHMENTS_JOB).toMatchObject({ name: 'files.check-attachments', queue: 'files' });
    expect(CHECK_ATTACHMENTS_JOB.trigger.toPayload(event, 'corr-1')).toEqual({ dossierId: 'd-1', eventId: 'e-1', correlationId: 'corr-1' });
  });
});
