import { Inject, Injectable, Optional } from '@nestjs/common';
import { EventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { assertRegistrarCovers, AuthenticatedActor } from '@kongthun/http';
import { DomainError } from '@kongthun/kernel';
import {
  DeclarationCommand,
  declarationDecider,
  DeclarationState,
  declarationStreamId,
  DeclaredZone,
  ZoneFacts,
} from '@kongthun/relief-domain';
import { declarationCodec } from './relief-event-codec';
import { decideOnStream, foldStream } from './decide-on-stream';
import { Clock, commandContext, RELIEF_CLOCK, RELIEF_EVENT_STORE } from './relief-clock';
import { assertDeclarationInScope } from './relief-scope';

export type DeclarationBody = Pick<DeclarationCommand, 'type' | 'data'>;

/** Declarations (ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติ): one small stream each. */
@Injectable()
export class ReliefDeclarations {
  constructor(
    @Inject(RELIEF_EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(RELIEF_CLOCK) private readonly clock: Clock = () => new Date(),
  ) {}

  async execute(declarationId: string, actor: AuthenticatedActor, body: DeclarationBody): Promise<RecordedEvent[]> {
    const context = commandContext(actor, this.clock);
    const command = { ...body, metadata: context.command } as DeclarationCommand;
    const { recorded } = await decideOnStream(
      this.store,
      declarationDecider,
      declarationCodec,
      declarationStreamId(declarationId),
      context.event,
      (state) => {
        if (state.status === 'Declared') assertDeclarationInScope(actor, state);
        // Something new in an area: an administrator, or a relief officer whose areas cover every area
        // declared (a declaration id in a scope names an existing declaration and grants nothing here).
        else if (command.type === 'DeclareZone')
          for (const areaCode of command.data.areaCodes)
            assertRegistrarCovers(actor, areaCode, ['relief-officer'], 'a disaster declaration');
        return { events: declarationDecider.decide(command, state), result: undefined };
      },
    );
    return recorded;
  }

  state(declarationId: string): Promise<DeclarationState> {
    return foldStream(this.store, declarationDecider, declarationCodec, declarationStreamId(declarationId));
  }

  /** The declared zone, in the actor's scope, or `relief.declaration-not-found`. */
  async zone(declarationId: string, actor: AuthenticatedActor, reading = false): Promise<DeclaredZone> {
    const state = await this.state(declarationId);
    if (state.status !== 'Declared')
      throw new DomainError('relief.declaration-not-found', `No declaration ${declarationId}`, { messageTh: 'ไม่พบประกาศเขตภัยพิบัติ' });
    assertDeclarationInScope(actor, state, reading);
    return state;
  }
}

export const zoneFactsOf = (zone: DeclaredZone): ZoneFacts => ({
  declarationId: zone.declarationId,
  areaCodes: zone.areaCodes,
  from: zone.from,
  until: zone.until,
  disasterDate: zone.disasterDate,
  householdBuckets: zone.householdBuckets,
});
