import { Inject, Injectable, Optional } from '@nestjs/common';
import { EventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { dateOfInstant, DomainError, isDomainError, KeyedHasher } from '@kongthun/kernel';
import {
  assessOne,
  bucketOf,
  bucketOfReference,
  HouseholdBucketCommand,
  householdBucketDecider,
  householdBucketStreamId,
  HouseholdBucketState,
  inForceOn,
  registrationRefusal,
  ZoneFacts,
} from '@kongthun/relief-domain';
import { PAYEE_DIRECTORY, PayeeDirectory } from '../bank-files/payee-directory';
import { overlapInOrder } from './buckets-in-flight';
import { decideOnStream, foldStream } from './decide-on-stream';
import { HouseholdPersonalData } from '../personal-data/household-personal-data';
import { HOUSEHOLD_VAULT, HouseholdVault } from '../personal-data/household-vault';
import { AssessmentInput, householdIdOf, personalDataOf, registrationOf, RegistrationInput } from './household-input';
import { Clock, commandContext, RELIEF_CLOCK, RELIEF_EVENT_STORE, RELIEF_HASH_KEY } from './relief-clock';
import { RELIEF_CONFIG, ReliefConfig } from './relief-config';
import { ReliefDeclarations, zoneFactsOf } from './relief-declarations';
import { householdBucketCodec } from './relief-event-codec';

/** What a bulk step did: rows taken, rows refused with their first reasons. */
export interface BulkOutcome {
  rows: number;
  accepted: number;
  refused: number;
  /** The first 100 refused rows, by line number, with the refusal code. */
  refusals: { line: number; code: string; message: string }[];
}

const MAX_REPORTED = 100;
type Row<T> = { line: number; input: T };

/** Registration, assessment and reversal of households: every write goes to one bucket stream. */
@Injectable()
export class ReliefHouseholds {
  private readonly hasher: KeyedHasher;

  constructor(
    @Inject(RELIEF_EVENT_STORE) private readonly store: EventStore,
    @Inject(RELIEF_HASH_KEY) private readonly hashKey: string,
    @Inject(RELIEF_CONFIG) private readonly config: ReliefConfig,
    private readonly declarations: ReliefDeclarations,
    @Inject(PAYEE_DIRECTORY) private readonly payees: PayeeDirectory,
    @Inject(HOUSEHOLD_VAULT) private readonly vault: HouseholdVault,
    @Optional() @Inject(RELIEF_CLOCK) private readonly clock: Clock = () => new Date(),
  ) {
    this.hasher = new KeyedHasher(hashKey);
  }

  householdId(houseRegistrationNo: string): string {
    return householdIdOf(this.hashKey, houseRegistrationNo);
  }

  bucketState(zone: ZoneFacts, bucket: number): Promise<HouseholdBucketState> {
    return foldStream(this.store, householdBucketDecider, householdBucketCodec, householdBucketStreamId(zone.declarationId, bucket));
  }

  /** One household: any refusal refuses the request and writes nothing. */
  async register(declarationId: string, actor: AuthenticatedActor, input: RegistrationInput): Promise<RecordedEvent[]> {
    const zone = zoneFactsOf(await this.declarations.zone(declarationId, actor));
    const registration = registrationOf(this.hashKey, this.hasher, declarationId, input);
    const personal = personalDataOf(input);
    const bucket = bucketOf(registration.householdId, zone.householdBuckets);
    const events = await this.decide(zone, bucket, actor, {
      type: 'RegisterHouseholds',
      data: { zone, bucket, households: [registration] },
    });
    // Kept only once the registration is recorded: a refused household leaves no personal data.
    await this.payees.put([{ declarationId, householdId: registration.householdId, account: input.payee.account }]);
    if (personal !== undefined) await this.vault.keepMany([{ declarationId, householdId: registration.householdId, data: personal }]);
    return events;
  }

  async assess(declarationId: string, actor: AuthenticatedActor, input: AssessmentInput): Promise<RecordedEvent[]> {
    const zone = zoneFactsOf(await this.declarations.zone(declarationId, actor));
    const householdId = this.householdId(input.houseRegistrationNo);
    const bucket = bucketOf(householdId, zone.householdBuckets);
    return this.decide(zone, bucket, actor, {
      type: 'AssessHouseholds',
      data: { zone, bucket, ...this.tablesFor(zone), assessments: [{ ...input, householdId }] },
    });
  }

  async reverse(
    declarationId: string,
    actor: AuthenticatedActor,
    reference: string,
    reversalId: string,
    reason: string,
  ): Promise<RecordedEvent[]> {
    const zone = zoneFactsOf(await this.declarations.zone(declarationId, actor));
    const bucket = bucketOfReference(reference);
    if (bucket === undefined || bucket >= zone.householdBuckets)
      throw new DomainError('relief.payment-not-found', `No payment ${reference}`, { messageTh: 'ไม่พบรายการจ่ายเงิน' });
    return this.decide(zone, bucket, actor, { type: 'ReversePayment', data: { zone, bucket, reference, reversalId, reason } });
  }

  /** Registers a chunk of rows: refused rows are reported, the rest appended, one event per bucket. */
  async registerMany(zone: ZoneFacts, actor: AuthenticatedActor, rows: Row<RegistrationInput>[], outcome: BulkOutcome): Promise<void> {
    const context = commandContext(actor, this.clock);
    const day = dateOfInstant(context.command.now);
    const byBucket = new Map<number, Row<ReturnType<typeof registrationOf>>[]>();
    const accounts = new Map<string, string>();
    const people = new Map<string, HouseholdPersonalData>();
    for (const row of rows) {
      outcome.rows += 1;
      try {
        const registration = registrationOf(this.hashKey, this.hasher, zone.declarationId, row.input);
        const personal = personalDataOf(row.input);
        const bucket = bucketOf(registration.householdId, zone.householdBuckets);
        pushTo(byBucket, bucket, { line: row.line, input: registration });
        accounts.set(registration.householdId, row.input.payee.account);
        // The first row of a household is the one registered; a repeat is refused and keeps nothing.
        if (personal !== undefined && !people.has(registration.householdId)) people.set(registration.householdId, personal);
      } catch (error) {
        refuseRow(outcome, row.line, error);
      }
    }
    await overlapInOrder(byBucket, async ([bucket, registrations]) => {
      const { result: accepted } = await decideOnStream(
        this.store,
        householdBucketDecider,
        householdBucketCodec,
        householdBucketStreamId(zone.declarationId, bucket),
        context.event,
        (state) => {
          const accepted = [];
          const seen = new Set<string>();
          for (const { line, input } of registrations) {
            const refusal = registrationRefusal(zone, bucket, state, input, day);
            if (refusal !== undefined || seen.has(input.householdId)) refuseRow(outcome, line, refusal ?? duplicateRow());
            else {
              seen.add(input.householdId);
              accepted.push(input);
            }
          }
          outcome.accepted += accepted.length;
          return {
            events: householdBucketDecider.decide(
              { type: 'RegisterHouseholds', data: { zone, bucket, households: accepted }, metadata: context.command },
              state,
            ),
            result: accepted,
          };
        },
      );
      await this.payees.put(
        accepted.map(({ householdId }) => ({
          declarationId: zone.declarationId,
          householdId,
          account: accounts.get(householdId) as string,
        })),
      );
      // One write per bucket, of the accepted households only: a refused row leaves no personal data.
      await this.vault.keepMany(
        accepted.flatMap(({ householdId }) => {
          const data = people.get(householdId);
          return data === undefined ? [] : [{ declarationId: zone.declarationId, householdId, data }];
        }),
      );
    });
  }

  async assessMany(zone: ZoneFacts, actor: AuthenticatedActor, rows: Row<AssessmentInput>[], outcome: BulkOutcome): Promise<void> {
    const context = commandContext(actor, this.clock);
    const tables = this.tablesFor(zone);
    const byBucket = new Map<number, Row<AssessmentInput & { householdId: string }>[]>();
    for (const row of rows) {
      outcome.rows += 1;
      try {
        const householdId = this.householdId(row.input.houseRegistrationNo);
        const bucket = bucketOf(householdId, zone.householdBuckets);
        pushTo(byBucket, bucket, { line: row.line, input: { ...row.input, householdId } });
      } catch (error) {
        refuseRow(outcome, row.line, error);
      }
    }
    await overlapInOrder(byBucket, ([bucket, assessments]) =>
      decideOnStream(
        this.store,
        householdBucketDecider,
        householdBucketCodec,
        householdBucketStreamId(zone.declarationId, bucket),
        context.event,
        (state) => {
          const data = { zone, bucket, ...tables, assessments: [] as (AssessmentInput & { householdId: string })[] };
          const seen = new Set<string>();
          for (const { line, input } of assessments) {
            const result = assessOne(data, state, input);
            if (result instanceof DomainError || seen.has(input.householdId))
              refuseRow(outcome, line, result instanceof DomainError ? result : duplicateRow());
            else {
              seen.add(input.householdId);
              data.assessments.push(input);
            }
          }
          outcome.accepted += data.assessments.length;
          return {
            events: householdBucketDecider.decide({ type: 'AssessHouseholds', data, metadata: context.command }, state),
            result: undefined,
          };
        },
      ),
    );
  }

  /** The rate tables in force on the zone's disaster date (`relief.rate-table-not-in-force` when none). */
  tablesFor(zone: ZoneFacts) {
    const itemTable = inForceOn(this.config.itemTables, zone.disasterDate);
    if (itemTable === undefined)
      throw new DomainError('relief.rate-table-not-in-force', `No rate table was in force on ${zone.disasterDate}`, {
        messageTh: 'ไม่มีตารางอัตราที่มีผลในวันเกิดภัย',
      });
    return { itemTable, bandTable: inForceOn(this.config.bandTables, zone.disasterDate) ?? null };
  }

  async decide(
    zone: ZoneFacts,
    bucket: number,
    actor: AuthenticatedActor,
    body: Pick<HouseholdBucketCommand, 'type' | 'data'>,
  ): Promise<RecordedEvent[]> {
    const context = commandContext(actor, this.clock);
    const command = { ...body, metadata: context.command } as HouseholdBucketCommand;
    const { recorded } = await decideOnStream(
      this.store,
      householdBucketDecider,
      householdBucketCodec,
      householdBucketStreamId(zone.declarationId, bucket),
      context.event,
      (state) => ({
        events: householdBucketDecider.decide(command, state),
        result: undefined,
      }),
    );
    return recorded;
  }
}

const duplicateRow = () =>
  new DomainError('relief.household-already-registered', 'The same household is listed twice', { messageTh: 'ระบุครัวเรือนซ้ำ' });

export const refuseRow = (outcome: BulkOutcome, line: number, error: unknown): void => {
  if (!isDomainError(error)) throw error;
  outcome.refused += 1;
  // Rows are decided bucket by bucket, not in file order: keep the lowest line numbers seen.
  if (outcome.refusals.length < MAX_REPORTED) outcome.refusals.push({ line, code: error.code, message: error.message });
  else {
    let highest = 0;
    for (let i = 1; i < outcome.refusals.length; i++) if (outcome.refusals[i].line > outcome.refusals[highest].line) highest = i;
    if (line < outcome.refusals[highest].line) outcome.refusals[highest] = { line, code: error.code, message: error.message };
  }
};

const pushTo = <T>(map: Map<number, T[]>, key: number, value: T): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};
