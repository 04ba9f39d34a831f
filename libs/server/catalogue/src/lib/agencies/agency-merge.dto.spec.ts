import { createValidationPipe, DomainError } from '@dvc/server/core';
import { AgencyMergeDto } from './agency-merge.dto';

describe('AgencyMergeDto through the global validation pipe', () => {
  const sut = createValidationPipe();
  const validate = (body: unknown) => sut.transform(body, { type: 'body', metatype: AgencyMergeDto });

  async function refusal(body: unknown): Promise<{ code: string; fields: string[] }> {
    try {
      await validate(body);
    } catch (error) {
      if (error instanceof DomainError) return { code: error.code, fields: (error.details ?? []).map((detail) => `${detail.field}:${detail.code}`) };
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('should accept a successor id and a reason, trimmed', async () => {
    await expect(validate({ successorId: '6f1c2a3e-5b7d-4c8e-9f10-111213141516', reason: '  Nghị quyết 1234/NQ-UBTVQH15  ' })).resolves.toEqual(
      Object.assign(new AgencyMergeDto(), { successorId: '6f1c2a3e-5b7d-4c8e-9f10-111213141516', reason: 'Nghị quyết 1234/NQ-UBTVQH15' }),
    );
  });

  it('should refuse an unknown field', async () => {
    await expect(refusal({ successorId: '6f1c2a3e-5b7d-4c8e-9f10-111213141516', reason: 'Nghị quyết', dueDates: 'shift' })).resolves.toEqual({
      code: 'VALIDATION.FAILED', fields: ['dueDates:UNKNOWN_FIELD'],
    });
  });

  it('should refuse a successor that is no id and a blank reason', async () => {
    const { code, fields } = await refusal({ successorId: 'xã B', reason: '   ' });
    expect(code).toBe('VALIDATION.FAILED');
    expect(fields).toEqual(expect.arrayContaining(['successorId:ISUUID', 'reason:MINLENGTH']));
  });
});
