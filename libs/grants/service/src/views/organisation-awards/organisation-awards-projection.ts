import { RecordedEvent } from '@kongthun/event-sourcing';
import { isProjectEventType, OrganisationData, ProjectEvent } from '@kongthun/grants-domain';
import { ReadModelStore, StepOutcome } from '@kongthun/read-models';
import { applyDerivedLines, DerivedLinesView } from '../derived-lines';
import { AwardHeld, awardAfter, awardsHeldOf, ProjectAward } from './awards-held';

export const ORGANISATION_AWARDS_PROJECTION = 'grants-organisation-awards';
/** One document per organisation: what a list shows of it (no account, no representative, no contacts). */
export const ORGANISATIONS = 'grants.organisations';
/** One line per award, ids by organisation. */
export const AWARDS_HELD = 'grants.awards-held';
/** Per project: what the view keeps of it. */
export const PROJECT_AWARDS = 'grants.project-awards';

export interface OrganisationSummary {
  organisationId: string;
  name: string;
  type: string;
  areaCode: string;
}

const view: DerivedLinesView<ProjectAward, AwardHeld> = {
  projection: ORGANISATION_AWARDS_PROJECTION,
  indexCollection: PROJECT_AWARDS,
  linesCollection: AWARDS_HELD,
  evolve: (before, event) => awardAfter(before, { type: event.type, data: event.data } as ProjectEvent),
  linesOf: awardsHeldOf,
};

/** Organisations, with every award each holds (องค์กรและทุนที่ได้รับ): from organisation and project streams. */
export class OrganisationAwardsProjection {
  constructor(private readonly readModels: ReadModelStore) {}

  async project(event: RecordedEvent): Promise<StepOutcome | undefined> {
    if (event.type.startsWith('grants.organisation.')) {
      const registered = event.type === 'grants.organisation.registered' ? (event.data as unknown as OrganisationData) : undefined;
      const summary: OrganisationSummary | undefined = registered && {
        organisationId: registered.organisationId,
        name: registered.name,
        type: registered.type,
        areaCode: registered.areaCode,
      };
      // Every event of the stream moves its checkpoint, those the view ignores included.
      return this.readModels.change({
        projection: ORGANISATION_AWARDS_PROJECTION,
        streamId: event.streamId,
        revision: event.streamRevision,
        changes: summary ? [{ collection: ORGANISATIONS, id: summary.organisationId, evolve: () => summary }] : [],
      });
    }
    if (!isProjectEventType(event.type)) return undefined;
    return applyDerivedLines(this.readModels, view, (event.data as { projectId: string }).projectId, event);
  }
}
