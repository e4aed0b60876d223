import { parseArgs } from 'node:util';
import { DeadLetter, KafkaDeadLetters, KafkaMessageBus, dlqTopicOf } from '@kongthun/messaging';
import { UsageError } from '../exit-codes';

export const DLQ_USAGE = `usage: kongthun dlq list <topic|context> [--json]
       kongthun dlq show <topic|context> <partition>:<offset>
       kongthun dlq replay <topic|context> (<partition>:<offset> | --all)
       (--brokers host:port,... or KAFKA_BROKERS)
วิธีใช้: kongthun dlq list|show|replay <หัวข้อ|บริบท> ...

Lists the dead letters of a topic (e.g. welfare = kongthun.welfare.events.dlq) with the error, the
source topic, partition and offset and the attempts, and sends them back to their source topic once
the cause is fixed. --all replays, in order, every dead letter not replayed yet; consumers absorb
duplicates. แสดงและส่งข้อความที่ล้มเหลว (dead letter) กลับไปยังหัวข้อต้นทาง`;

export interface DlqIo {
  out(line: string): void;
  env: NodeJS.ProcessEnv;
  open?: (brokers: string[]) => { dlq: KafkaDeadLetters; close(): Promise<void> };
}

const usage = (message: string, messageTh: string) => new UsageError(message, messageTh);

const parsePosition = (text: string | undefined): { partition: number; offset: string } => {
  const match = /^(\d+):(\d+)$/.exec(text ?? '');
  if (!match) throw usage(`expected <partition>:<offset>, got ${text ?? 'nothing'}`, 'ต้องระบุ <พาร์ติชัน>:<ออฟเซ็ต>');
  return { partition: Number(match[1]), offset: match[2] };
};

/** One line per dead letter: where it is, where it came from, how often it failed, and why. */
export const describeLetter = (l: DeadLetter): string =>
  `${l.partition}:${l.offset} ${l.replayed ? 'replayed' : 'pending '} key=${l.key} from ${l.sourceTopic}/${l.sourcePartition}@${l.sourceOffset} attempts=${l.attempts} type=${l.headers.ce_type ?? '-'} error=${l.error}`;

const defaultOpen = (brokers: string[]) => {
  const bus = new KafkaMessageBus({ brokers, clientId: 'kongthun-cli' });
  const dlq = new KafkaDeadLetters(brokers, bus);
  return {
    dlq,
    close: async () => {
      await dlq.close();
      await bus.close();
    },
  };
};

/** `kongthun dlq ...`: the operator's remedy for messages a consumer gave up on. */
export const runDlq = async (argv: readonly string[], io: DlqIo): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { brokers: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' } },
    });
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error), 'ตัวเลือกไม่ถูกต้อง');
  }
  const { values, positionals } = parsed;
  const [action, topic, position] = positionals;
  if (!['list', 'show', 'replay'].includes(action ?? '')) throw usage(`unknown dlq action: ${action ?? 'none'}`, 'ไม่รู้จักคำสั่งย่อยของ dlq');
  if (!topic) throw usage('give a topic or a context (e.g. welfare)', 'ต้องระบุหัวข้อหรือบริบท');
  const brokers = (values.brokers ?? io.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  if (brokers.length === 0) throw usage('give --brokers or set KAFKA_BROKERS', 'ต้องระบุ --brokers หรือ KAFKA_BROKERS');
  if (action === 'replay' && !values.all === !position)
    throw usage('give either <partition>:<offset> or --all', 'ระบุ <พาร์ติชัน>:<ออฟเซ็ต> หรือ --all');
  const at = action === 'show' || (action === 'replay' && position) ? parsePosition(position) : undefined;
  const { dlq, close } = (io.open ?? defaultOpen)(brokers);
  try {
    if (action === 'list') {
      const letters = await dlq.list(topic);
      if (values.json) io.out(JSON.stringify(letters, null, 2));
      else {
        io.out(`${dlqTopicOf(topic)}: ${letters.length} dead letter(s), ${letters.filter((l) => !l.replayed).length} pending`);
        for (const letter of letters) io.out(describeLetter(letter));
      }
      return 0;
    }
    if (action === 'show') {
      const letter = await dlq.show(topic, at!.partition, at!.offset);
      if (!letter) {
        io.out(`no dead letter at ${dlqTopicOf(topic)}/${at!.partition}@${at!.offset}`);
        return 1;
      }
      io.out(JSON.stringify(letter, null, 2));
      return 0;
    }
    const replayed = at ? [await dlq.replayOne(topic, at.partition, at.offset)] : await dlq.replayAll(topic);
    io.out(`replayed ${replayed.length} dead letter(s) from ${dlqTopicOf(topic)} · ส่งกลับ ${replayed.length} ข้อความ`);
    for (const letter of replayed) io.out(`  ${describeLetter(letter)}`);
    return 0;
  } finally {
    await close();
  }
};
