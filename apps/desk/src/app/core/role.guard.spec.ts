import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@dvc/web/data-access';
import type { UserRole } from '@dvc/shared/domain';
import { fakeSession, user } from '../testing/desk-fixtures';
import { roleGuard } from './role.guard';

@Component({ template: 'inbox' })
class InboxStubComponent {}

@Component({ template: 'audit' })
class AuditStubComponent {}

describe('roleGuard', () => {
  async function navigate(role: UserRole): Promise<string> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: InboxStubComponent },
          { path: 'kiem-tra-nhat-ky', canActivate: [roleGuard(['province_admin'])], component: AuditStubComponent },
        ]),
        { provide: SessionStore, useValue: fakeSession(user(role)) },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/kiem-tra-nhat-ky');
    return TestBed.inject(Router).url;
  }

  it('should let a province admin check the audit', async () => {
    expect(await navigate('province_admin')).toBe('/kiem-tra-nhat-ky');
  });

  it.each(['desk_officer', 'specialist', 'leader', 'agency_admin'] satisfies UserRole[])('should send a %s to the inbox instead', async (role) => {
    expect(await navigate(role)).toBe('/');
  });
});
