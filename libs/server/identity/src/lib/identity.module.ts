import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { UserAccountEntity } from './entities/user-account.entity';
import { UserAgencyEntity } from './entities/user-agency.entity';
import { UserSessionEntity } from './entities/user-session.entity';
import { IdentityRepository } from './identity.repository';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionAuthGuard } from './session-auth.guard';
import { SessionCookies } from './session-cookies';
import { SessionStrategy } from './session.strategy';

@Module({
  imports: [TypeOrmModule.forFeature([UserAccountEntity, UserAgencyEntity, UserSessionEntity])],
  providers: [IdentityRepository, PasswordHasher, LoginThrottle, AuthService],
  exports: [IdentityRepository, PasswordHasher, AuthService],
})
export class IdentityModule {}

/** Login, sessions and the global guard that protects every route not marked @Public(). */
@Module({
  imports: [IdentityModule, PassportModule],
  controllers: [AuthController],
  providers: [SessionCookies, SessionStrategy, { provide: APP_GUARD, useClass: SessionAuthGuard }],
})
export class IdentityApiModule {}
