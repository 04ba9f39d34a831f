import fastifyCookie from '@fastify/cookie';
import { Module } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import type { ApiError } from '@dvc/shared/contracts';
import { AllExceptionsFilter, ConfigModule, createValidationPipe, DatabaseModule } from '@dvc/server/core';
import { IdentityApiModule, PasswordHasher } from '@dvc/server/identity';
import { insertCatalogueFixture, TestClient } from '@dvc/server/testing';
import { NotificationsApiModule } from '../notifications-api.module';
import type { NotificationPreferencesView } from './dto/notification-preferences.dto';

/** The API's guard, pipe and error filter with the notifications controller, as `apps/api` wires them. */
@Module({
  imports: [ConfigModule, DatabaseModule, IdentityApiModule, NotificationsApiModule],
  providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
})
class PreferencesApiTestModule {}

const URL = '/api/v1/me/notification-preferences';
const PASSWORD = 'Mat-khau-2026!';

describe('GET/PUT /api/v1/me/notification-preferences over HTTP', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let citizenEmail: string;
  let citizenId: string;
  let staffEmail: string;

  const client = () => new TestClient(app.getHttpAdapter().getInstance());

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(PreferencesApiTestModule, new FastifyAdapter(), { logger: false, abortOnError: false });
    await app.register(fastifyCookie);
    app.setGlobalPrefix('api');
    app.useGlobalPipes(createValidationPipe());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    db = app.get(DataSource);
    const fixture = await insertCatalogueFixture(db);
    const hash = await app.get(PasswordHasher).hash(PASSWORD);
    await db.query(`UPDATE user_account SET password_hash = $1 WHERE id IN ($2, $3)`, [hash, fixture.citizenId, fixture.staffId]);
    citizenEmail = fixture.citizenEmail;
    citizenId = fixture.citizenId;
    [{ email: staffEmail }] = await db.query(`SELECT email FROM user_account WHERE id = $1`, [fixture.staffId]);
  });

  afterAll(async () => {
    await app.close();
  });

  it('should give the defaults until the citizen saves a choice', async () => {
    const citizen = await client().login(citizenEmail, PASSWORD);
    const response = await citizen.get<NotificationPreferencesView>(URL);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ email: true, sms: false, hasPhone: false, updatedAt: null });
  });

  it('should save and return the choice', async () => {
    const citizen = await client().login(citizenEmail, PASSWORD);
    const saved = await citizen.request<NotificationPreferencesView>('PUT', URL, { email: false, sms: false });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ email: false, sms: false, hasPhone: false });
    expect(Date.parse(saved.body.updatedAt ?? '')).not.toBeNaN();
    expect((await citizen.get<NotificationPreferencesView>(URL)).body).toEqual(saved.body);
    const rows = await db.query(`SELECT email, sms FROM notification_preference WHERE user_id = $1`, [citizenId]);
    expect(rows).toEqual([{ email: false, sms: false }]);
  });

  it('should refuse SMS for an account without a phone, and accept it once there is one', async () => {
    const citizen = await client().login(citizenEmail, PASSWORD);
    const refused = await citizen.request<ApiError>('PUT', URL, { email: true, sms: true });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'NOTIFICATIONS.PHONE_MISSING', details: [{ field: 'sms', code: 'PHONE_MISSING' }] });

    await db.query(`UPDATE user_account SET phone = '0912345678' WHERE id = $1`, [citizenId]);
    const saved = await citizen.request<NotificationPreferencesView>('PUT', URL, { email: true, sms: true });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ email: true, sms: true, hasPhone: true });
  });

  it.each([
    [{ email: true, sms: false, push: true }, 'push', 'UNKNOWN_FIELD'],
    [{ email: 'yes', sms: false }, 'email', 'ISBOOLEAN'],
    [{ email: true }, 'sms', 'ISBOOLEAN'],
  ])('should reject %j with 400 naming the field', async (body, field, code) => {
    const citizen = await client().login(citizenEmail, PASSWORD);
    const response = await citizen.request<ApiError>('PUT', URL, body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION.FAILED');
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
  });

  it('should be for citizens only, logged in, with the CSRF token on changes', async () => {
    expect((await client().get<ApiError>(URL)).status).toBe(401);
    const staff = await client().login(staffEmail, PASSWORD);
    const forbidden = await staff.get<ApiError>(URL);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('AUTH.FORBIDDEN');
    const citizen = await client().login(citizenEmail, PASSWORD);
    citizen.forgetCsrf();
    const noCsrf = await citizen.request<ApiError>('PUT', URL, { email: true, sms: false });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.code).toBe('AUTH.CSRF_MISMATCH');
  });
});
