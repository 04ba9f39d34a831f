import type { Routes } from '@angular/router';

export const PORTAL_ROUTES: Routes = [];
