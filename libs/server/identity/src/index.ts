export * from './lib/identity.module';
export * from './lib/identity.repository';
export * from './lib/password-hasher';
export * from './lib/auth.service';
export * from './lib/session-cookies';
export * from './lib/entities/user-account.entity';
export * from './lib/entities/user-agency.entity';
export * from './lib/entities/user-session.entity';
