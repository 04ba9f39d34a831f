import { ForbiddenError, type Actor } from '@dvc/server/core';

/**
 * Catalogue administration (drafts, publication, imports, exports) is the province admin's. The controllers' role
 * guard says so too; the services check again because the worker and commands reach them without HTTP.
 */
export function assertCatalogueAdmin(actor: Actor): void {
  if (actor.role !== 'province_admin') {
    throw new ForbiddenError('CATALOGUE.NOT_ALLOWED', 'Chỉ quản trị tỉnh được quản lý danh mục thủ tục / Only the province admin manages the catalogue');
  }
}
