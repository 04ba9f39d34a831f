import type { Routes } from '@angular/router';
import { AGENCIES_ADMIN_ROLES, AUDIT_ROLES, CATALOGUE_ADMIN_ROLES, JOBS_ADMIN_ROLES } from './core/desk.constants';
import { roleGuard } from './core/role.guard';
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
      {
        path: 'so-theo-doi',
        title: 'Sổ theo dõi hồ sơ — Một cửa',
        loadComponent: () => import('./tracking-book/tracking-book.component').then((m) => m.TrackingBookComponent),
      },
      {
        // Everyone reads the calendar; the page offers editing to the roles the server lets edit.
        path: 'lich-lam-viec',
        title: 'Lịch làm việc — Một cửa',
        loadComponent: () => import('./calendar/calendar.component').then((m) => m.CalendarComponent),
      },
      {
        path: 'kiem-tra-nhat-ky',
        title: 'Kiểm tra nhật ký — Một cửa',
        canActivate: [roleGuard(AUDIT_ROLES)],
        loadComponent: () => import('./audit/audit.component').then((m) => m.AuditComponent),
      },
      {
        path: 'tac-vu-loi',
        title: 'Tác vụ lỗi — Một cửa',
        canActivate: [roleGuard(JOBS_ADMIN_ROLES)],
        loadComponent: () => import('./jobs/dead-letters.component').then((m) => m.DeadLettersComponent),
      },
      {
        path: 'he-thong',
        title: 'Tình trạng hệ thống — Một cửa',
        canActivate: [roleGuard(JOBS_ADMIN_ROLES)],
        loadComponent: () => import('./health/health.component').then((m) => m.HealthComponent),
      },
      {
        path: 'danh-muc-thu-tuc',
        canActivate: [roleGuard(CATALOGUE_ADMIN_ROLES)],
        loadChildren: () => import('./catalogue/catalogue.routes').then((m) => m.CATALOGUE_ROUTES),
      },
      {
        path: 'co-quan',
        title: 'Cơ quan — Một cửa',
        canActivate: [roleGuard(AGENCIES_ADMIN_ROLES)],
        loadComponent: () => import('./agencies/agencies.component').then((m) => m.AgenciesComponent),
      },
    ],
  },
  {
    path: '**',
    title: 'Không tìm thấy trang — Một cửa',
    loadComponent: () => import('./not-found/not-found.component').then((m) => m.NotFoundComponent),
  },
];
