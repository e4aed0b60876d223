import { ReadModelStore } from '@kongthun/read-models';
import { GrantsViewProjection } from './grants-events-consumer';
import { GrantsProjection } from './grants-projection';
import { OrganisationAwardsProjection } from './organisation-awards/organisation-awards-projection';
import { ReportsDueProjection } from './reports-due/reports-due-projection';

/** Every grants view, each its own projection with its own checkpoints: what a host feeds every grants event to. */
export const grantsViewProjections = (readModels: ReadModelStore): GrantsViewProjection[] => [
  new GrantsProjection(readModels),
  new ReportsDueProjection(readModels),
  new OrganisationAwardsProjection(readModels),
];
