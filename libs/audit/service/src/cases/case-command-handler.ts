import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { CaseCommand, caseDecider, CaseEvent, CaseState, caseStreamId, isCaseEventType } from '@kongthun/audit-cases';
import { EventCodec, EventStore, fold, handleCommand, JsonObject } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { OwnEventsLedgerCopy } from '../findings/own-events-ledger-copy';
import { AUDIT_EVENT_STORE } from '../ledger/audit-tokens';

const caseCodec: EventCodec<CaseEvent> = {
  encode: (event) => ({ type: event.type, schemaVersion: 1, data: event.data as unknown as JsonObject }),
  decode: (recorded) => {
    if (!isCaseEventType(recorded.type)) throw new Error(`Not a case event: ${recorded.type}`);
    return { type: recorded.type, data: recorded.data } as unknown as CaseEvent;
  },
};

type CaseCommandBody = Pick<CaseCommand, 'type' | 'data'>;

/**
 * Cases (เรื่องตรวจสอบ) in the audit service's own store: one stream per case, the auditor in every
 * event. Each step is then copied into the audit ledger, so who opened, investigated and closed a
 * case, and why, is proven like the events the case is about.
 */
@Injectable()
export class CaseCommandHandler {
  constructor(
    @Inject(AUDIT_EVENT_STORE) private readonly store: EventStore,
    private readonly ledgerCopy: OwnEventsLedgerCopy,
  ) {}

  async execute(actor: AuthenticatedActor, body: CaseCommandBody): Promise<CaseState> {
    const who = { userId: actor.userId, role: actor.role };
    const command = { ...body, metadata: { now: new Date().toISOString(), actor: who } } as CaseCommand;
    const result = await handleCommand(this.store, caseDecider, caseCodec, caseStreamId(body.data.caseId), command, {
      metadata: { actor: who, correlationId: body.data.caseId, causationId: null },
      newEventId: uuidv7,
    });
    // A crash before this copy loses no leaf: the next catch-up starts from the store's log.
    await this.ledgerCopy.catchUp();
    return result.state;
  }

  async state(caseId: string): Promise<CaseState> {
    return fold(
      caseDecider,
      (await this.store.readStream(caseStreamId(caseId))).map((recorded) => caseCodec.decode(recorded)),
    );
  }
}
