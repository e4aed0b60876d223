import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { AuthenticatedActor, CurrentActor, Public } from '@kongthun/http';
import { Sessions } from '../sessions/sessions';
import { body, changePasswordRequest, loginRequest, refreshRequest } from './identity-requests';

const [loginDoc, loginPipe] = body(loginRequest);
const [refreshDoc, refreshPipe] = body(refreshRequest);
const [passwordDoc, passwordPipe] = body(changePasswordRequest);

/** Logging in and out with a password (เข้าสู่ระบบ); tokens from an OpenID Connect provider need none of this. */
@ApiTags('identity: sessions')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly sessions: Sessions) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Log in: an access token (15 min) and a refresh token. 401 auth.invalid-credentials; 429 auth.too-many-attempts',
  })
  @loginDoc
  login(@Body(loginPipe) request: z.output<typeof loginRequest>) {
    return this.sessions.login(request.username, request.password);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'A new token pair; the refresh token is used up. A reused or revoked one: 401, and its session ends' })
  @refreshDoc
  refresh(@Body(refreshPipe) request: z.output<typeof refreshRequest>) {
    return this.sessions.refresh(request.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Ends the session of this refresh token (ออกจากระบบ)' })
  @refreshDoc
  async logout(@Body(refreshPipe) request: z.output<typeof refreshRequest>): Promise<void> {
    await this.sessions.logout(request.refreshToken);
  }

  @Post('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change your own password (at least 10 characters); the current one is required' })
  @passwordDoc
  async changePassword(
    @CurrentActor() actor: AuthenticatedActor,
    @Body(passwordPipe) request: z.output<typeof changePasswordRequest>,
  ): Promise<void> {
    await this.sessions.changeOwnPassword(actor, request.currentPassword, request.newPassword);
  }
}
