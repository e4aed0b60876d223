import { createHash } from 'node:crypto';
import { MoneyMessage } from '@kongthun/money-contract';
import { moneyMessage } from '@kongthun/money-contract/testing';

const hashOf = (label: string): string => createHash('sha256').update(label).digest('hex');

const UNITS = 200;
const TERMS = {
  capYear: 'fiscal',
  benefits: [{ benefit: 'sickness', amount: '100.00', per: 'hospital-night', yearlyCap: '1000.00', waitingPeriodDays: 180 }],
};
const chair = (u: number) => ({ userId: `u-chair-${u}`, citizenIdHash: hashOf(`person:chair-${u}`) });
const day = (n: number): string => new Date(Date.UTC(2025, 9, 1) + (n % 330) * 86_400_000).toISOString().slice(0, 10);

/**
 * A money log as welfare funds publish it: `UNITS` funds declared over Phuket subdistricts, then
 * for each claim an approved commitment and its payout (two messages) to one of many members,
 * each member claiming about twice a year on different days, with a money-in now and then. Each
 * message has its own source stream, as a claim and a payout do. Few findings, as in a clean year.
 */
export class MoneyWorkload {
  private made = 0;
  private claims = 0;
  /** A payout made with its commitment but past the last count asked for. */
  private pending: MoneyMessage[] = [];

  constructor(private readonly people: number) {}

  private envelope(u: number, on: string) {
    return { programme: 'welfare', unitId: `fund-${u}`, occurredOn: on, recordedAt: `${on}T03:00:00.000Z` };
  }

  private own(message: MoneyMessage): MoneyMessage {
    return { ...message, source: { ...message.source, streamId: `${message.source.streamId}-${message.source.streamRevision}` } };
  }

  /** The next `count` messages of the log. */
  next(count: number): MoneyMessage[] {
    const out: MoneyMessage[] = this.pending;
    while (out.length < count) {
      if (this.made < UNITS) {
        const u = this.made;
        out.push(
          this.own(
            moneyMessage(
              'money.unit.declared',
              {
                name: `กองทุนสวัสดิการชุมชน ${u}`,
                areaCodes: [`8301${String((u % 9) + 1).padStart(2, '0')}`],
                activeFrom: '2020-01-01',
                activeUntil: null,
                ruleVersion: 1,
                effectiveFrom: '2020-01-01',
                adminCostCapPercent: 10,
                approvalLimit: '5000.00',
                terms: TERMS,
              },
              this.envelope(u, '2025-10-01'),
            ),
          ),
        );
      } else if (this.made % 97 === 0) {
        const u = this.made % UNITS;
        out.push(
          this.own(
            moneyMessage(
              'money.in.received',
              {
                moneyInId: `in-${this.made}`,
                source: { kind: 'matching', name: 'อบจ.ภูเก็ต' },
                amount: '10000.00',
                receivedOn: day(this.made),
                fiscalYear: 2569,
                document: { reference: `doc-${this.made}`, amountFigures: null, amountWords: null },
                payer: null,
              },
              this.envelope(u, day(this.made)),
            ),
          ),
        );
      } else {
        const c = this.claims++;
        const person = (c * 7919) % this.people;
        const u = person % UNITS;
        const on = day(c);
        const recipient = {
          reference: `m-${person}`,
          citizenIdHash: hashOf(`person:${person}`),
          accountHash: hashOf(`account:${person}`),
          memberSince: '2020-01-01',
        };
        const covers = { eventDate: on, periodFrom: null, periodTo: null };
        const amount = `${100 * (1 + (c % 3))}.00`;
        out.push(
          this.own(
            moneyMessage(
              'money.commitment.made',
              {
                commitmentId: `c-${c}`,
                kind: 'approved-claim',
                recipient,
                purpose: 'sickness',
                covers,
                amount,
                approvers: [chair(u)],
                ruleVersion: 1,
                decidedOn: on,
                document: null,
              },
              this.envelope(u, on),
            ),
          ),
        );
        out.push(
          this.own(
            moneyMessage(
              'money.disbursement.made',
              {
                disbursementId: `d-${c}`,
                commitmentId: `c-${c}`,
                kind: 'benefit',
                recipient,
                purpose: 'sickness',
                covers,
                amount,
                method: 'promptpay',
                paidOn: on,
                areaCode: `8301${String((u % 9) + 1).padStart(2, '0')}`,
                approvers: [chair(u)],
                ruleVersion: 1,
                exceptionRef: null,
                document: null,
              },
              this.envelope(u, on),
            ),
          ),
        );
        this.made += 1;
      }
      this.made += 1;
    }
    this.pending = out.slice(count);
    return out.slice(0, count);
  }
}
