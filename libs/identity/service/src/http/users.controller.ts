import { Body, Controller, Get, HttpCode, HttpException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { UserAdministration } from '../users/user-administration';
import { UserDirectory } from '../users/user-directory';
import { body, changeAccessRequest, createUserRequest, disableUserRequest, setPasswordRequest } from './identity-requests';

const [createDoc, createPipe] = body(createUserRequest);
const [accessDoc, accessPipe] = body(changeAccessRequest);
const [disableDoc, disablePipe] = body(disableUserRequest);
const [passwordDoc, passwordPipe] = body(setPasswordRequest);

const pageQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(64).optional() }).strict();

const recorded = (events: { id: string; type: string; streamRevision: bigint }[]) => ({
  events: events.map((event) => ({ id: event.id, type: event.type, streamRevision: Number(event.streamRevision) })),
});

/** Users (ผู้ใช้งาน) and what they may do: administrators only. Every change is an event of the user's stream. */
@ApiTags('identity: users')
@ApiBearerAuth()
@Controller('api/identity/users')
@Roles()
export class UsersController {
  constructor(
    private readonly administration: UserAdministration,
    private readonly directory: UserDirectory,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a user with a role and a scope (areas, funds, programmes), optionally a temporary password' })
  @createDoc
  create(@CurrentActor() actor: AuthenticatedActor, @Body(createPipe) request: z.output<typeof createUserRequest>) {
    return this.administration.create(actor, request).then(recorded);
  }

  @Get()
  @ApiOperation({ summary: 'Users by user id, a page at a time: { items, nextCursor }' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  async list(@Query() query: unknown) {
    const page = pageQuery.safeParse(query);
    if (!page.success)
      throw new HttpException(
        { code: 'request.invalid', message: `Invalid page: ${page.error.message}`, messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง' },
        400,
      );
    const { users, nextCursor } = await this.directory.list(page.data.cursor, page.data.limit);
    return { items: users, nextCursor };
  }

  @Post(':userId/access')
  @HttpCode(201)
  @ApiOperation({ summary: "Change a user's role and scope" })
  @accessDoc
  changeAccess(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('userId') userId: string,
    @Body(accessPipe) request: z.output<typeof changeAccessRequest>,
  ) {
    return this.administration.changeAccess(actor, userId, request.role, request.scope).then(recorded);
  }

  @Post(':userId/disable')
  @HttpCode(201)
  @ApiOperation({ summary: 'Disable a user: no more logins or refreshes (access tokens already given live out their minutes)' })
  @disableDoc
  disable(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('userId') userId: string,
    @Body(disablePipe) request: z.output<typeof disableUserRequest>,
  ) {
    return this.administration.disable(actor, userId, request.reason).then(recorded);
  }

  @Post(':userId/enable')
  @HttpCode(201)
  @ApiOperation({ summary: 'Enable a disabled user again' })
  enable(@CurrentActor() actor: AuthenticatedActor, @Param('userId') userId: string) {
    return this.administration.enable(actor, userId).then(recorded);
  }

  @Post(':userId/password')
  @HttpCode(201)
  @ApiOperation({ summary: "Set a user's password (temporary unless said otherwise): a new user's first, or a forgotten one" })
  @passwordDoc
  setPassword(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('userId') userId: string,
    @Body(passwordPipe) request: z.output<typeof setPasswordRequest>,
  ) {
    return this.administration.setPassword(actor, userId, request.password, request.temporary).then(recorded);
  }
}
