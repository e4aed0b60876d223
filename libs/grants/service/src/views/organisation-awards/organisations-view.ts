import { ReadModelStore } from '@kongthun/read-models';
import { AwardHeld } from './awards-held';
import { AWARDS_HELD, ORGANISATIONS, OrganisationSummary } from './organisation-awards-projection';

const PAGE = 500;

/** Every award an organisation holds, in project order, that the reader may see. */
export const awardsHeldBy = async (readModels: ReadModelStore, organisationId: string, visible: (award: AwardHeld) => boolean) => {
  const awards: AwardHeld[] = [];
  for (let after: string | undefined; ;) {
    const page = await readModels.list<AwardHeld>(AWARDS_HELD, { idPrefix: `${organisationId}|`, after, limit: PAGE });
    awards.push(...page.map((doc) => doc.body).filter(visible));
    if (page.length < PAGE) return awards;
    after = page[page.length - 1].id;
  }
};

/**
 * One organisation with its awards, or undefined when the reader sees neither the organisation's
 * area nor any of its awards (they learn nothing of it, not even that it exists).
 */
export const organisationWithAwards = async (
  readModels: ReadModelStore,
  organisationId: string,
  scope: { organisation: (organisation: OrganisationSummary) => boolean; award: (award: AwardHeld) => boolean },
) => {
  const organisation = (await readModels.get<OrganisationSummary>(ORGANISATIONS, organisationId))?.body;
  if (organisation === undefined) return undefined;
  const awards = await awardsHeldBy(readModels, organisationId, scope.award);
  if (!scope.organisation(organisation) && awards.length === 0) return undefined;
  return { ...organisation, awards };
};

/** A page of organisations in id order, each with the awards the reader may see. */
export const organisationsPage = async (
  readModels: ReadModelStore,
  query: { limit: number; cursor?: string },
  scope: { organisation: (organisation: OrganisationSummary) => boolean; award: (award: AwardHeld) => boolean },
) => {
  const page = await readModels.list<OrganisationSummary>(ORGANISATIONS, { after: query.cursor, limit: query.limit + 1 });
  const inPage = page.slice(0, query.limit);
  const items = [];
  for (const doc of inPage) {
    const awards = await awardsHeldBy(readModels, doc.id, scope.award);
    if (scope.organisation(doc.body) || awards.length > 0) items.push({ ...doc.body, awards });
  }
  return { items, nextCursor: page.length > query.limit ? inPage[inPage.length - 1].id : null };
};
