import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@dvc/web/data-access';
import type { UserRole } from '@dvc/shared/domain';
import { fakeSession, user } from '../testing/desk-fixtures';
import { JOBS_ADMIN_ROLES } from './desk.constants';
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

describe('roleGuard on the background-work pages (dead letters, system health)', () => {
  async function navigate(role: UserRole, path: string): Promise<string> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: InboxStubComponent },
          ...['tac-vu-loi', 'he-thong'].map((page) => ({ path: page, canActivate: [roleGuard(JOBS_ADMIN_ROLES)], component: AuditStubComponent })),
        ]),
        { provide: SessionStore, useValue: fakeSession(user(role)) },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(path);
    return TestBed.inject(Router).url;
  }

  it.each<[UserRole, string, string]>([
    ['province_admin', '/tac-vu-loi', '/tac-vu-loi'],
    ['agency_admin', '/tac-vu-loi', '/tac-vu-loi'],
    ['province_admin', '/he-thong', '/he-thong'],
    ['agency_admin', '/he-thong', '/he-thong'],
    ['desk_officer', '/tac-vu-loi', '/'],
    ['leader', '/he-thong', '/'],
    ['specialist', '/he-thong', '/'],
  ])('should take a %s asking for %s to %s', async (role, path, expected) => {
    expect(await navigate(role, path)).toBe(expected);
  });
});
