import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser, SessionView } from '@dvc/shared/contracts';
import { Actor, CurrentActor, Public } from '@dvc/server/core';
import { AuthService } from './auth.service';
import { LoginDto, RegisterDto } from './dto/register.dto';
import { SessionCookies } from './session-cookies';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Public()
  @Post('register')
  @ApiOperation({ summary: 'Create a citizen account and log in' })
  async register(@Body() dto: RegisterDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<CurrentUser> {
    const session = await this.auth.register(dto);
    this.cookies.set(reply, session);
    return session.user;
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with e-mail and password; sets the session cookies' })
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CurrentUser> {
    const session = await this.auth.login(dto, request.ip);
    this.cookies.set(reply, session);
    return session.user;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(this.cookies.tokenOf(request));
    this.cookies.clear(reply);
  }

  @Public()
  @Get('session')
  @ApiOperation({ summary: 'Who is logged in on this browser: { user } or { user: null } for a visitor' })
  session(@Req() request: FastifyRequest): Promise<SessionView> {
    return this.auth.session(this.cookies.tokenOf(request));
  }

  @Get('me')
  @ApiCookieAuth()
  me(@CurrentActor() actor: Actor): Promise<CurrentUser> {
    return this.auth.me(actor);
  }
}
