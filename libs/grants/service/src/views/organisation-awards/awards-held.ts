import { Money } from '@kongthun/kernel';
import { ProjectEvent } from '@kongthun/grants-domain';

/** An award an organisation holds (ทุนที่ได้รับ), as the organisations view lists it. */
export interface AwardHeld {
  organisationId: string;
  projectId: string;
  programmeId: string;
  fiscalYear: number;
  title: string;
  areaCode: string;
  awardId: string;
  amount: string;
  decidedOn: string;
  endDate: string;
  status: 'Active' | 'Cancelled' | 'Closed';
  released: string;
  refunded: string;
}

/** What the view keeps of one project: its facts from the proposal, its award once there is one. */
export interface ProjectAward {
  facts: Pick<AwardHeld, 'organisationId' | 'projectId' | 'programmeId' | 'fiscalYear' | 'title' | 'areaCode'>;
  award: Omit<AwardHeld, keyof ProjectAward['facts']> | null;
}

const add = (a: string, b: string) => Money.fromJSON(a).plus(Money.fromJSON(b)).toJSON();

/** The project's award after one of its events; undefined before its proposal. */
export const awardAfter = (before: ProjectAward | undefined, event: ProjectEvent): ProjectAward | undefined => {
  if (event.type === 'grants.proposal.submitted') {
    const { organisationId, projectId, programmeId, fiscalYear, title, areaCode } = event.data;
    return { facts: { organisationId, projectId, programmeId, fiscalYear, title, areaCode }, award: null };
  }
  if (before === undefined) return undefined;
  if (event.type === 'grants.project.awarded') {
    const { awardId, amount, decidedOn, endDate } = event.data;
    return { ...before, award: { awardId, amount, decidedOn, endDate, status: 'Active', released: '0.00', refunded: '0.00' } };
  }
  const award = before.award;
  if (award === null) return before;
  switch (event.type) {
    case 'grants.tranche.released':
      return { ...before, award: { ...award, released: add(award.released, event.data.amount) } };
    case 'grants.agreement.amended':
      return {
        ...before,
        award: {
          ...award,
          amount: event.data.amount,
          endDate: event.data.endDate,
          status: event.data.kind === 'cancel' ? 'Cancelled' : award.status,
        },
      };
    case 'grants.refund.received':
      return { ...before, award: { ...award, refunded: add(award.refunded, event.data.amount) } };
    case 'grants.project.closed':
      return { ...before, award: { ...award, status: 'Closed' } };
    default:
      return before;
  }
};

/** An organisation's awards are one id prefix. `|` cannot occur in an id. */
export const awardHeldId = (organisationId: string, projectId: string) => `${organisationId}|${projectId}`;

export const awardsHeldOf = (project: ProjectAward | undefined): Map<string, AwardHeld> =>
  project?.award
    ? new Map([[awardHeldId(project.facts.organisationId, project.facts.projectId), { ...project.facts, ...project.award }]])
    : new Map();
