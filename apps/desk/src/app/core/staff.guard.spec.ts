import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@dvc/web/data-access';
import type { CurrentUser } from '@dvc/shared/contracts';
import type { UserRole } from '@dvc/shared/domain';
import { fakeSession, user } from '../testing/desk-fixtures';
import { staffGuard } from './staff.guard';

@Component({ template: 'login' })
class LoginStubComponent {}

@Component({ template: 'dossier' })
class DossierStubComponent {}

describe('staffGuard', () => {
  async function navigate(current: CurrentUser | null, url: string): Promise<string> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'dang-nhap', component: LoginStubComponent },
          { path: '', canActivate: [staffGuard], children: [{ path: 'ho-so/:id', component: DossierStubComponent }] },
        ]),
        { provide: SessionStore, useValue: fakeSession(current) },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return TestBed.inject(Router).url;
  }

  it('should send an anonymous visitor to dang-nhap with the address as returnUrl', async () => {
    expect(await navigate(null, '/ho-so/abc?tab=1')).toBe('/dang-nhap?returnUrl=%2Fho-so%2Fabc%3Ftab%3D1');
  });

  it('should send a logged-in citizen to dang-nhap too (the desk is for staff)', async () => {
    expect(await navigate(user('citizen'), '/ho-so/abc')).toBe('/dang-nhap?returnUrl=%2Fho-so%2Fabc');
  });

  it.each(['desk_officer', 'specialist', 'leader', 'agency_admin', 'province_admin'] satisfies UserRole[])(
    'should let a %s in',
    async (role) => {
      expect(await navigate(user(role), '/ho-so/abc')).toBe('/ho-so/abc');
    },
  );
});
