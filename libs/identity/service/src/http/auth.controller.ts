import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Public } from '@kongthun/http';
import { doneAnswer, sessionAnswer, sessionExample } from './identity-answers';
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
  @ApiAnswers({
    description: 'A session',
    schema: sessionAnswer,
    example: sessionExample,
    refuses: ['auth.invalid-credentials', 'auth.too-many-attempts'],
  })
  login(@Body(loginPipe) request: z.output<typeof loginRequest>) {
    return this.sessions.login(request.username, request.password);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'A new token pair; the refresh token is used up. A reused or revoked one: 401, and its session ends' })
  @refreshDoc
  @ApiAnswers({
    description: 'The next session of the same login',
    schema: sessionAnswer,
    example: sessionExample,
    refuses: ['auth.invalid-refresh-token'],
  })
  refresh(@Body(refreshPipe) request: z.output<typeof refreshRequest>) {
    return this.sessions.refresh(request.refreshToken);
  }

  @Post('logout')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Ends the session of this refresh token (ออกจากระบบ)' })
  @refreshDoc
  @ApiAnswers({ description: 'Logged out (also when the token was already unknown)', schema: doneAnswer, example: { done: true } })
  async logout(@Body(refreshPipe) request: z.output<typeof refreshRequest>) {
    await this.sessions.logout(request.refreshToken);
    return { done: true as const };
  }

  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change your own password (at least 10 characters); the current one is required' })
  @passwordDoc
  @ApiAnswers({
    description: 'Password changed',
    schema: doneAnswer,
    example: { done: true },
    refuses: ['auth.invalid-credentials', 'auth.too-many-attempts', 'identity.password-too-short', 'identity.password-too-long'],
  })
  async changePassword(@CurrentActor() actor: AuthenticatedActor, @Body(passwordPipe) request: z.output<typeof changePasswordRequest>) {
    await this.sessions.changeOwnPassword(actor, request.currentPassword, request.newPassword);
    return { done: true as const };
  }
}
