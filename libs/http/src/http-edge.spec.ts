import 'reflect-metadata';
import { Body, Controller, Get, INestApplication, Post, ValidationPipe } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { IsString, Matches } from 'class-validator';
import request from 'supertest';
import { DomainError } from '@kongthun/kernel';
import { WrongExpectedRevisionError } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from './auth/actor';
import { CurrentActor, Public, Roles } from './auth/auth.decorators';
import { AuthModule, TokenIssuer } from './auth/auth.module';
import { RefusalExceptionFilter } from './errors/refusal-exception.filter';

class AmountDto {
  @IsString()
  @Matches(/^\d+\.\d{2}$/)
  amount!: string;
}

@Controller('edge')
class EdgeController {
  @Get('public')
  @Public()
  open() {
    return { ok: true };
  }

  @Get('me')
  me(@CurrentActor() actor: AuthenticatedActor) {
    return actor;
  }

  @Post('treasury')
  @Roles('treasurer')
  pay(@Body() body: AmountDto) {
    return body;
  }

  @Post('approvals')
  @Roles('treasurer')
  approve() {
    return { approved: true };
  }

  @Get('overdraft')
  overdraft() {
    throw new DomainError('payout.overdraft', 'The payout would overdraw the fund', { messageTh: 'ยอดจ่ายเกินเงินคงเหลือของกองทุน' });
  }

  @Get('race')
  race() {
    throw new WrongExpectedRevisionError('fund-1', 3n, 4n);
  }

  @Get('crash')
  crash() {
    throw new Error('database password is hunter2');
  }
}

describe('HTTP edge: tokens, roles and refusals', () => {
  let app: INestApplication;
  let tokens: TokenIssuer;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ secret: 'test-secret-test-secret-test-secret' })],
      controllers: [EdgeController],
      providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
    await app.init();
    tokens = app.get(TokenIssuer);
  });
  afterAll(() => app.close());

  const as = async (role: AuthenticatedActor['role']) =>
    `Bearer ${await tokens.issue({ userId: `${role}-1`, role, scope: { funds: ['fund-1'] } })}`;

  it('a public route needs no token', async () => {
    await request(app.getHttpServer()).get('/edge/public').expect(200, { ok: true });
  });

  it('refuses a missing or forged token with 401 and a Thai message', async () => {
    const missing = await request(app.getHttpServer()).get('/edge/me').expect(401);
    expect(missing.body).toMatchObject({ code: 'auth.missing-token', messageTh: expect.stringContaining('โทเคน') });
    const forged = await request(app.getHttpServer()).get('/edge/me').set('authorization', 'Bearer eyJhbGciOiJub25lIn0.e30.').expect(401);
    expect(forged.body.code).toBe('auth.invalid-token');
  });

  it('puts the token subject, role and scope into the request actor', async () => {
    const me = await request(app.getHttpServer())
      .get('/edge/me')
      .set('authorization', await as('committee'))
      .expect(200);
    expect(me.body).toEqual({ userId: 'committee-1', role: 'committee', scope: { funds: ['fund-1'] } });
  });

  it('refuses a role the route does not allow with 403', async () => {
    const response = await request(app.getHttpServer())
      .post('/edge/treasury')
      .set('authorization', await as('auditor'))
      .send({ amount: '10.00' })
      .expect(403);
    expect(response.body.code).toBe('auth.forbidden');
  });

  it('refuses a malformed body with 400 request.invalid naming the field', async () => {
    const response = await request(app.getHttpServer())
      .post('/edge/treasury')
      .set('authorization', await as('treasurer'))
      .send({ amount: '10.5' })
      .expect(400);
    expect(response.body).toMatchObject({ code: 'request.invalid', messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง' });
    expect(JSON.stringify(response.body.details)).toContain('amount');
  });

  it('maps a broken business rule to 422 and a concurrency conflict to 409, both in two languages', async () => {
    const rule = await request(app.getHttpServer())
      .get('/edge/overdraft')
      .set('authorization', await as('treasurer'))
      .expect(422);
    expect(rule.body).toEqual({
      code: 'payout.overdraft',
      message: 'The payout would overdraw the fund',
      messageTh: 'ยอดจ่ายเกินเงินคงเหลือของกองทุน',
    });
    const race = await request(app.getHttpServer())
      .get('/edge/race')
      .set('authorization', await as('treasurer'))
      .expect(409);
    expect(race.body.code).toBe('eventstore.wrong-expected-revision');
  });

  it('hides the text of an unexpected error behind a 500', async () => {
    const response = await request(app.getHttpServer())
      .get('/edge/crash')
      .set('authorization', await as('treasurer'))
      .expect(500);
    expect(response.body).toEqual({ code: 'internal', message: 'Internal error', messageTh: 'ระบบขัดข้อง กรุณาลองใหม่ภายหลัง' });
  });
  it('refuses fields sent to a command that takes no body, naming them, and takes it with none or an empty one', async () => {
    const sent = await request(app.getHttpServer())
      .post('/edge/approvals')
      .set('authorization', await as('treasurer'))
      .send({ reason: 'อนุมัติตามมติ', amount: '10.00' })
      .expect(400);
    expect(sent.body).toMatchObject({ code: 'request.unknown-fields', details: { unknownFields: ['reason', 'amount'] } });
    expect(sent.body.messageTh).toContain('reason');
    await request(app.getHttpServer())
      .post('/edge/approvals')
      .set('authorization', await as('treasurer'))
      .expect(201);
    await request(app.getHttpServer())
      .post('/edge/approvals')
      .set('authorization', await as('treasurer'))
      .send({})
      .expect(201);
  });
});
