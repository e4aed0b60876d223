import { Writable } from 'node:stream';
import pino, { LoggerOptions } from 'pino';
import { runInTraceContext } from '../context/trace-context';
import { loggerParams } from './logger-params';

const loggerWritingTo = (lines: Record<string, unknown>[]) => {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const [options] = loggerParams({ service: 'welfare-fund', destination }).pinoHttp as [LoggerOptions, unknown];
  return pino(options, destination);
};

describe('log lines', () => {
  it('redact passwords, tokens and personal data wherever they sit in what is logged', () => {
    const lines: Record<string, unknown>[] = [];
    loggerWritingTo(lines).info(
      {
        password: 'hunter2',
        req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'sid=1' } },
        member: { name: 'นางสมศรี มีสุข', phone: '081-234-5678', citizenId: '1101700203451', memberId: 'm-1' },
        payout: { payee: { payeeAccount: '123-4-56789-0', bankAccount: '999' } },
      },
      'enrolled',
    );
    const text = JSON.stringify(lines);
    for (const secret of ['hunter2', 'abc.def.ghi', 'sid=1', 'สมศรี', '081-234-5678', '1101700203451', '123-4-56789-0', '"999"'])
      expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ service: 'welfare-fund', msg: 'enrolled', member: { memberId: 'm-1', name: '[redacted]' } });
  });

  it('carry the request and correlation ids of the context they are written in, and none outside it', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = loggerWritingTo(lines);
    runInTraceContext({ requestId: 'req-1', correlationId: 'corr-1' }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines[0]).toMatchObject({ requestId: 'req-1', correlationId: 'corr-1' });
    expect(lines[1]).not.toHaveProperty('correlationId');
  });
});
