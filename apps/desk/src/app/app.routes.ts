import type { Routes } from '@angular/router';
import { staffGuard } from './core/staff.guard';

export const DESK_ROUTES: Routes = [
  {
    path: 'dang-nhap',
    title: 'Đăng nhập — Một cửa',
    loadComponent: () => import('./login/login.component').then((m) => m.LoginComponent),
  },
  {
    path: '',
    canActivate: [staffGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Hồ sơ — Một cửa',
        loadComponent: () => import('./inbox/inbox.component').then((m) => m.InboxComponent),
      },
      {
        path: 'ho-so/:id',
        title: 'Chi tiết hồ sơ — Một cửa',
        loadComponent: () => import('./dossier/dossier.component').then((m) => m.DossierComponent),
      },
    ],
  },
  {
    path: '**',
    title: 'Không tìm thấy trang — Một cửa',
    loadComponent: () => import('./not-found/not-found.component').then((m) => m.NotFoundComponent),
  },
];
