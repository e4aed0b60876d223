import 'reflect-metadata';
import { Body, Controller, HttpException, INestApplication, Post } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DomainError } from '@kongthun/kernel';
import { WrongExpectedRevisionError } from '@kongthun/event-sourcing';
import { AuthModule, TokenIssuer } from '../auth/auth.module';
import { RefusalExceptionFilter } from '../errors/refusal-exception.filter';
import { IDEMPOTENCY_STORE } from './idempotency-store';
import { Idempotent } from './idempotency.interceptor';
import { InMemoryIdempotencyStore } from './in-memory-idempotency-store';

/** What the routes did, so a test can tell a replay (nothing ran) from a second run. */
const runs: string[] = [];
let gate: Promise<void> = Promise.resolve();
let failures = 0;

@Controller('money')
class MoneyController {
  @Post('contributions')
  @Idempotent()
  contribute(@Body() body: { amount: string }) {
    runs.push(`contribute ${body.amount}`);
    if (body.amount === 'invalid')
      throw new HttpException({ code: 'request.invalid', message: 'bad amount', messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง' }, 400);
    if (body.amount === '99999.00')
      throw new DomainError('payout.overdraft', 'The payout would overdraw the fund', { messageTh: 'ยอดจ่ายเกินเงินคงเหลือของกองทุน' });
    return { recorded: body.amount, run: runs.length };
  }

  @Post('slow')
  @Idempotent()
  async slow() {
    runs.push('slow');
    await gate;
    return { done: true };
  }

  @Post('flaky')
  @Idempotent()
  flaky() {
    runs.push('flaky');
    failures += 1;
    if (failures === 1) throw new Error('connection reset');
    if (failures === 2) throw new WrongExpectedRevisionError('fund-1', 3n, 4n);
    return { done: failures };
  }
}

describe('Idempotency-Key on money POSTs', () => {
  let app: INestApplication;
  let treasurer: string;
  let other: string;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ secret: 'test-secret-test-secret-test-secret' })],
      controllers: [MoneyController],
      providers: [
        { provide: APP_FILTER, useClass: RefusalExceptionFilter },
        { provide: IDEMPOTENCY_STORE, useValue: new InMemoryIdempotencyStore() },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const tokens = app.get(TokenIssuer);
    treasurer = `Bearer ${await tokens.issue({ userId: 'malee', role: 'treasurer', scope: {} })}`;
    other = `Bearer ${await tokens.issue({ userId: 'somchai', role: 'treasurer', scope: {} })}`;
  });
  afterAll(() => app.close());
  beforeEach(() => void (runs.length = 0));

  const post = (path: string, body: object, key?: string, as = treasurer) => {
    const call = request(app.getHttpServer()).post(`/money/${path}`).set('authorization', as);
    return (key === undefined ? call : call.set('idempotency-key', key)).send(body);
  };

  it('replays the first response for the same key and body, marked as a replay, without running again', async () => {
    const first = await post('contributions', { amount: '30.00' }, 'k-1').expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await post('contributions', { amount: '30.00' }, '"k-1"').expect(201);
    expect(again.text).toBe(first.text);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(runs).toEqual(['contribute 30.00']);
  });

  it('refuses the same key with another body with 422 and runs nothing', async () => {
    await post('contributions', { amount: '30.00' }, 'k-2').expect(201);
    const reused = await post('contributions', { amount: '60.00' }, 'k-2').expect(422);
    expect(reused.body).toEqual({
      code: 'idempotency.key-reused',
      message: expect.any(String),
      messageTh: expect.stringMatching(/[\u0E00-\u0E7F]/),
    });
    expect(runs).toEqual(['contribute 30.00']);
  });

  it('answers a duplicate sent while the first is running with 409, then replays once it finished', async () => {
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const first = post('slow', {}, 'k-3').then((response) => response);
    while (!runs.includes('slow')) await new Promise((resolve) => setTimeout(resolve, 5));
    const duplicate = await post('slow', {}, 'k-3').expect(409);
    expect(duplicate.body.code).toBe('idempotency.in-progress');
    open();
    expect((await first).status).toBe(201);
    await post('slow', {}, 'k-3').expect(201, { done: true });
    expect(runs).toEqual(['slow']);
  });

  it('replays a business refusal with its status and body: the state moving on never turns it into a payment', async () => {
    const refused = await post('contributions', { amount: '99999.00' }, 'k-4').expect(422);
    const again = await post('contributions', { amount: '99999.00' }, 'k-4').expect(422);
    expect(again.body).toEqual(refused.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(runs).toHaveLength(1);
  });

  it('does not keep an invalid request, a crash or a lost race: the same key runs again', async () => {
    await post('contributions', { amount: 'invalid' }, 'k-5').expect(400);
    await post('contributions', { amount: 'invalid' }, 'k-5').expect(400);
    await post('flaky', {}, 'k-6').expect(500);
    await post('flaky', {}, 'k-6').expect(409);
    await post('flaky', {}, 'k-6').expect(201, { done: 3 });
    expect(runs).toEqual(['contribute invalid', 'contribute invalid', 'flaky', 'flaky', 'flaky']);
  });

  it('scopes keys by user: another user with the same key runs their own request', async () => {
    await post('contributions', { amount: '30.00' }, 'k-7').expect(201);
    await post('contributions', { amount: '30.00' }, 'k-7', other).expect(201);
    expect(runs).toHaveLength(2);
  });

  it('runs as before without the header, and refuses a malformed key with 400', async () => {
    await post('contributions', { amount: '30.00' }).expect(201);
    await post('contributions', { amount: '30.00' }).expect(201);
    expect(runs).toHaveLength(2);
    const bad = await post('contributions', { amount: '30.00' }, 'x'.repeat(256)).expect(400);
    expect(bad.body.code).toBe('idempotency.key-invalid');
    expect(runs).toHaveLength(2);
  });
});
