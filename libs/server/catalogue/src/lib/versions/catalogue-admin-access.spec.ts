import type { Actor } from '@dvc/server/core';
import { assertCatalogueAdmin } from './catalogue-admin-access';

const actor = (role: Actor['role']): Actor => ({ userId: 'u-1', role, fullName: 'Người Thử', agencyIds: [] });

describe('assertCatalogueAdmin', () => {
  it('should let the province admin through', () => {
    expect(() => assertCatalogueAdmin(actor('province_admin'))).not.toThrow();
  });

  it.each(['citizen', 'desk_officer', 'specialist', 'leader', 'agency_admin'] as const)('should refuse %s with CATALOGUE.NOT_ALLOWED', (role) => {
    expect(() => assertCatalogueAdmin(actor(role))).toThrow(expect.objectContaining({ code: 'CATALOGUE.NOT_ALLOWED', httpStatus: 403 }));
  });
});
