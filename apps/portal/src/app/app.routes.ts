import type { Routes } from '@angular/router';
import { loggedInGuard, loggedOutGuard } from './core/auth.guard';

/** Vietnamese paths; every page lazy-loaded; titles completed by PortalTitleStrategy. */
export const PORTAL_ROUTES: Routes = [
  { path: '', pathMatch: 'full', title: 'Trang chủ', loadComponent: () => import('./features/home/home.component').then((m) => m.HomeComponent) },
  {
    path: 'thu-tuc',
    title: 'Thủ tục hành chính',
    loadComponent: () => import('./features/catalogue/catalogue.component').then((m) => m.CatalogueComponent),
  },
  {
    path: 'thu-tuc/:code',
    title: 'Chi tiết thủ tục',
    loadComponent: () => import('./features/procedure/procedure.component').then((m) => m.ProcedureComponent),
  },
  {
    path: 'nop-ho-so/thanh-cong/:id',
    title: 'Nộp hồ sơ thành công',
    canActivate: [loggedInGuard],
    loadComponent: () => import('./features/apply/apply-success.component').then((m) => m.ApplySuccessComponent),
  },
  {
    path: 'nop-ho-so/:code',
    title: 'Nộp hồ sơ trực tuyến',
    canActivate: [loggedInGuard],
    loadComponent: () => import('./features/apply/apply.component').then((m) => m.ApplyComponent),
  },
  {
    path: 'dang-nhap',
    title: 'Đăng nhập',
    canActivate: [loggedOutGuard],
    loadComponent: () => import('./features/auth/login.component').then((m) => m.LoginComponent),
  },
  {
    path: 'dang-ky',
    title: 'Đăng ký tài khoản',
    canActivate: [loggedOutGuard],
    loadComponent: () => import('./features/auth/register.component').then((m) => m.RegisterComponent),
  },
  {
    path: 'ho-so-cua-toi',
    title: 'Hồ sơ của tôi',
    canActivate: [loggedInGuard],
    loadComponent: () => import('./features/my-dossiers/my-dossiers.component').then((m) => m.MyDossiersComponent),
  },
  {
    path: 'ho-so-cua-toi/:id',
    title: 'Chi tiết hồ sơ',
    canActivate: [loggedInGuard],
    loadComponent: () => import('./features/dossier-detail/dossier-detail.component').then((m) => m.DossierDetailComponent),
  },
  {
    path: 'cai-dat-thong-bao',
    title: 'Cài đặt thông báo',
    canActivate: [loggedInGuard],
    loadComponent: () =>
      import('./features/notification-preferences/notification-preferences.component').then((m) => m.NotificationPreferencesComponent),
  },
  {
    path: 'tra-cuu',
    title: 'Tra cứu hồ sơ',
    loadComponent: () => import('./features/tracking/tracking.component').then((m) => m.TrackingComponent),
  },
  {
    path: '**',
    title: 'Không tìm thấy trang',
    loadComponent: () => import('./features/not-found/not-found.component').then((m) => m.NotFoundComponent),
  },
];
