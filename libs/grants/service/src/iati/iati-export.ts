import { EventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { BudgetEvent, budgetStreamId, dayOf, ProjectEvent, projectStreamId, refuse } from '@kongthun/grants-domain';
import { GrantsCommandHandler } from '../commands/grants-command-handler';
import { assertGrantsScope, inGrantsScope } from '../commands/grants-scope';
import { reportingOrgOf } from './iati-funders';
import { activityXml, DOCUMENT_END, documentStart } from './iati-xml';
import { programmeActivityIdentifier, programmeActivityOf } from './programme-activity';
import { projectActivityOf } from './project-activity';

const asEvents = <E>(recorded: readonly { type: string; data: unknown }[]) => recorded.map(({ type, data }) => ({ type, data }) as E);

/**
 * A programme's fiscal year as IATI activities. Everything that can refuse (unknown programme,
 * out of scope, no such budget, funder without an identifier) is checked before the first chunk;
 * then the document is produced one project at a time: each awarded project's own small stream
 * is read, written and dropped, so memory holds one project and the list of children's ids.
 * The projects are those the fiscal year's budget stream reserved money for: its own awards.
 */
export const openIatiExport = async (
  store: EventStore,
  handler: GrantsCommandHandler,
  actor: AuthenticatedActor,
  programmeId: string,
  fiscalYear: number,
): Promise<AsyncIterable<string>> => {
  const programme = await handler.programme(programmeId);
  if (programme.status !== 'Registered') throw refuse('programme.not-found', `No programme ${programmeId}`, 'ไม่พบแผนงาน', { programmeId });
  assertGrantsScope(actor, programmeId, programme.programme.areaCodes);
  const reportingOrg = reportingOrgOf(programme.programme.funder);
  const budgetEvents = asEvents<BudgetEvent>(await store.readStream(budgetStreamId(programmeId, fiscalYear)));
  if (!budgetEvents.some((event) => event.type === 'grants.budget.opened'))
    throw refuse('budget.not-found', 'No such budget', 'ไม่พบงบประมาณ', { programmeId, fiscalYear });
  const projectIds = [...new Set(budgetEvents.flatMap((event) => (event.type === 'grants.budget.reserved' ? [event.data.projectId] : [])))];
  const parentIdentifier = programmeActivityIdentifier(reportingOrg.ref, programmeId, fiscalYear);
  const generatedAt = handler.now();

  return (async function* () {
    yield documentStart(generatedAt);
    const children: string[] = [];
    for (const projectId of projectIds) {
      const events = asEvents<ProjectEvent>(await store.readStream(projectStreamId(projectId)));
      const first = events[0];
      if (first?.type !== 'grants.proposal.submitted' || !inGrantsScope(actor, programmeId, [first.data.areaCode])) continue;
      const activity = projectActivityOf(events, { parentIdentifier, reportingOrg });
      if (activity === null) continue;
      children.push(activity.identifier);
      yield activityXml(activity);
    }
    const asOf = dayOf(generatedAt);
    yield activityXml(
      programmeActivityOf(programme.programme, fiscalYear, budgetEvents, { reportingOrg, childIdentifiers: children, asOf }),
    );
    yield DOCUMENT_END;
  })();
};
