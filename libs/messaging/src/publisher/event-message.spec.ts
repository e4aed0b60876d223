import { RecordedEvent } from '@kongthun/event-sourcing';
import { CORRELATION_HEADER } from '@kongthun/observability';
import { eventFromMessage, eventToMessage } from './event-message';

const recorded: RecordedEvent = {
  id: '0190f0a0-0000-7000-8000-000000000001',
  streamId: 'welfare-fund-f1',
  streamRevision: 4n,
  globalPosition: 17n,
  type: 'welfare.member.enrolled',
  schemaVersion: 1,
  data: { memberId: 'm-1' },
  metadata: { actor: { userId: 'malee', role: 'treasurer' }, correlationId: 'corr-42', causationId: null },
  recordedAt: '2026-11-27T10:00:00.000Z',
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

describe('a stored event as a Kafka message', () => {
  it("carries the command's correlation id as a CloudEvents extension header, beside the ce_ headers", () => {
    const message = eventToMessage(recorded, '/kongthun/welfare-fund');
    expect(message.headers[CORRELATION_HEADER]).toBe('corr-42');
    expect(message.headers).toMatchObject({ ce_id: recorded.id, ce_type: recorded.type, ce_subject: 'welfare-fund-f1' });
    expect(message).toMatchObject({ topic: 'kongthun.welfare.events', key: 'welfare-fund-f1' });
    expect(eventFromMessage(message.value)).toEqual(recorded);
  });
});
