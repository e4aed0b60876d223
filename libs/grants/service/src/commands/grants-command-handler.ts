import { Inject, Injectable, Optional } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EventStore, fold, handleCommand, RecordedEvent } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { Decider, Money } from '@kongthun/kernel';
import {
  budgetDecider,
  budgetStreamId,
  BudgetCommand,
  BudgetState,
  CommandMetadata,
  dayOf,
  KnownProject,
  organisationDecider,
  organisationStreamId,
  OrganisationFacts,
  OrganisationState,
  programmeDecider,
  programmeStreamId,
  ProgrammeState,
  projectDecider,
  ProjectCommand,
  projectStreamId,
  ProjectState,
  refuse,
  rulesInForce,
  GrantRules,
} from '@kongthun/grants-domain';
import { grantsEventCodec } from './grants-event-codec';
import { assertGrantsScope } from './grants-scope';

export const GRANTS_EVENT_STORE = Symbol('grants.event-store');
/** The clock commands are decided by; the system clock when not provided. */
export const GRANTS_CLOCK = Symbol('grants.clock');

type Body<C> = C extends { type: infer T; data: infer D } ? { type: T; data: D } : never;

const codecs = {
  programme: grantsEventCodec(/^grants\.programme\./),
  organisation: grantsEventCodec(/^grants\.organisation\./),
  budget: grantsEventCodec(/^grants\.budget\./),
  project: grantsEventCodec(/^grants\.(proposal|project|review|tranche|report|agreement|refund)\./),
};

/**
 * Runs grants commands: load one small stream, decide, append with its expected revision. The
 * award, amendments and close-out touch the budget stream too, in the order the domain README
 * explains: the budget stream is where concurrent awards are serialized.
 */
@Injectable()
export class GrantsCommandHandler {
  constructor(
    @Inject(GRANTS_EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(GRANTS_CLOCK) private readonly clock: () => Date = () => new Date(),
  ) {}

  now(): string {
    return this.clock().toISOString();
  }

  private metadata(actor: AuthenticatedActor): CommandMetadata {
    return { now: this.now(), actor: { userId: actor.userId, role: actor.role } };
  }

  private async run<C, E, S>(
    decider: Decider<C, E, S>,
    codec: ReturnType<typeof grantsEventCodec>,
    streamId: string,
    actor: AuthenticatedActor,
    body: { type: string; data: unknown },
    authorize?: (state: S) => void,
  ): Promise<RecordedEvent[]> {
    const command = { ...body, metadata: this.metadata(actor) } as C;
    const result = await handleCommand(this.store, decider, codec as never, streamId, command, {
      metadata: { actor: { userId: actor.userId, role: actor.role }, correlationId: uuidv7(), causationId: null },
      newEventId: uuidv7,
      authorize,
    });
    return result.events;
  }

  private async load<C, E, S>(decider: Decider<C, E, S>, codec: ReturnType<typeof grantsEventCodec>, streamId: string): Promise<S> {
    const history = await this.store.readStream(streamId);
    return fold(
      decider,
      history.map((event) => codec.decode(event) as E),
    );
  }

  programme = (programmeId: string): Promise<ProgrammeState> =>
    this.load(programmeDecider, codecs.programme, programmeStreamId(programmeId));
  organisation = (organisationId: string): Promise<OrganisationState> =>
    this.load(organisationDecider, codecs.organisation, organisationStreamId(organisationId));
  budget = (programmeId: string, fiscalYear: number): Promise<BudgetState> =>
    this.load(budgetDecider, codecs.budget, budgetStreamId(programmeId, fiscalYear));
  project = (projectId: string): Promise<ProjectState> => this.load(projectDecider, codecs.project, projectStreamId(projectId));

  /** The programme (its areas for scope, and the rules in force today), refused when unknown or out of scope. */
  async programmeInScope(
    actor: AuthenticatedActor,
    programmeId: string,
  ): Promise<{ name: string; funder: string; areaCodes: string[]; rules: GrantRules }> {
    const programme = await this.programme(programmeId);
    if (programme.status !== 'Registered')
      throw refuse('programme.not-found', `No programme ${programmeId}`, 'ไม่พบแผนงาน', { programmeId });
    assertGrantsScope(actor, programmeId, programme.programme.areaCodes);
    const { name, funder, areaCodes } = programme.programme;
    return { name, funder, areaCodes, rules: rulesInForce(programme, dayOf(this.now())) };
  }

  async knownProject(actor: AuthenticatedActor, projectId: string): Promise<KnownProject> {
    const project = await this.project(projectId);
    if (project.status === 'None') throw refuse('project.not-found', `No project ${projectId}`, 'ไม่พบโครงการ', { projectId });
    assertGrantsScope(actor, project.programmeId, [project.areaCode]);
    return project;
  }

  async organisationFacts(organisationId: string): Promise<OrganisationFacts> {
    const state = await this.organisation(organisationId);
    if (state.status !== 'Registered')
      throw refuse('organisation.not-found', `No organisation ${organisationId}`, 'ไม่พบองค์กร', { organisationId });
    const { name, areaCode, bankAccountHash, representativeCitizenIdHash } = state.organisation;
    return { organisationId, name, areaCode, bankAccountHash, representativeCitizenIdHash };
  }

  programmeCommand(actor: AuthenticatedActor, programmeId: string, body: { type: 'RegisterProgramme' | 'AdoptGrantRules'; data: unknown }) {
    return this.run(programmeDecider, codecs.programme, programmeStreamId(programmeId), actor, body);
  }

  organisationCommand(actor: AuthenticatedActor, organisationId: string, body: { type: 'RegisterOrganisation'; data: unknown }) {
    return this.run(organisationDecider, codecs.organisation, organisationStreamId(organisationId), actor, body);
  }

  async budgetCommand(actor: AuthenticatedActor, programmeId: string, fiscalYear: number, body: Body<BudgetCommand>) {
    await this.programmeInScope(actor, programmeId);
    return this.run(budgetDecider, codecs.budget, budgetStreamId(programmeId, fiscalYear), actor, body);
  }

  async projectCommand(actor: AuthenticatedActor, projectId: string, body: Body<ProjectCommand>) {
    return this.run(projectDecider, codecs.project, projectStreamId(projectId), actor, body, (state: ProjectState) => {
      if (state.status !== 'None') assertGrantsScope(actor, state.programmeId, [state.areaCode]);
    });
  }

  /**
   * The award: decided on the project first without writing (quorum, conflict, tier, request),
   * then reserved on the budget (never over-committed, under its expected revision), then
   * recorded on the project. A project append that loses a race gives the reservation back.
   */
  async award(actor: AuthenticatedActor, projectId: string, data: Omit<Extract<ProjectCommand, { type: 'AwardGrant' }>['data'], 'rules'>) {
    const project = await this.knownProject(actor, projectId);
    const { rules } = await this.programmeInScope(actor, project.programmeId);
    const body = { type: 'AwardGrant' as const, data: { ...data, rules } };
    projectDecider.decide({ ...body, metadata: this.metadata(actor) }, project);
    const budgetId = budgetStreamId(project.programmeId, project.fiscalYear);
    const reservation = await this.run(budgetDecider, codecs.budget, budgetId, actor, {
      type: 'ReserveForAward',
      data: { projectId, awardId: data.awardId, amount: data.amount, decidedOn: data.decidedOn, rules },
    });
    try {
      return [...reservation, ...(await this.projectCommand(actor, projectId, body))];
    } catch (error) {
      await this.run(budgetDecider, codecs.budget, budgetId, actor, {
        type: 'ReturnToBudget',
        data: { projectId, returnId: `undo-${data.awardId}`, amount: data.amount, reason: 'award not recorded' },
      });
      throw error;
    }
  }

  /** Amendments and close-out: the project decides the cut, then the budget gets it back (idempotent by id). */
  async projectThenReturn(
    actor: AuthenticatedActor,
    projectId: string,
    body: Body<ProjectCommand>,
    returnId: (events: RecordedEvent[]) => string,
  ) {
    const project = await this.knownProject(actor, projectId);
    const events = await this.projectCommand(actor, projectId, body);
    const cut = events
      .map(
        (event) =>
          (event.data as { returned?: string; returnedToBudget?: string }).returned ??
          (event.data as { returnedToBudget?: string }).returnedToBudget,
      )
      .find((amount) => amount !== undefined);
    if (cut === undefined || Money.fromJSON(cut).isZero()) return events;
    const returned = await this.run(budgetDecider, codecs.budget, budgetStreamId(project.programmeId, project.fiscalYear), actor, {
      type: 'ReturnToBudget',
      data: {
        projectId,
        returnId: returnId(events),
        amount: Money.fromJSON(cut),
        reason: body.type === 'CloseProject' ? 'close-out' : 'amendment',
      },
    });
    return [...events, ...returned];
  }
}
