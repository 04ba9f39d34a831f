import type { Routes } from '@angular/router';

/** The catalogue administration, under `/danh-muc-thu-tuc` (province admins; the parent route checks the role). */
export const CATALOGUE_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Danh mục thủ tục — Một cửa',
    loadComponent: () => import('./catalogue-list.component').then((m) => m.CatalogueListComponent),
  },
  {
    path: 'nhap-xuat',
    title: 'Nhập, xuất danh mục — Một cửa',
    loadComponent: () => import('./catalogue-import.component').then((m) => m.CatalogueImportComponent),
  },
  {
    path: 'moi',
    title: 'Thủ tục mới — Một cửa',
    loadComponent: () => import('./version-editor.component').then((m) => m.VersionEditorComponent),
  },
  {
    path: 'phien-ban/:id',
    title: 'Phiên bản thủ tục — Một cửa',
    loadComponent: () => import('./version-editor.component').then((m) => m.VersionEditorComponent),
  },
  {
    path: 'thu-tuc/:code',
    title: 'Lịch sử phiên bản — Một cửa',
    loadComponent: () => import('./version-history.component').then((m) => m.VersionHistoryComponent),
  },
];
