import { ProjectEvent } from '@kongthun/grants-domain';
import { awarded, firstTrancheAccounted, organisation, released, submitted } from '@kongthun/grants-domain/testing';
import { awardAfter, awardHeldId, awardsHeldOf, ProjectAward } from './awards-held';

const held = (events: ProjectEvent[]) => [...awardsHeldOf(events.reduce<ProjectAward | undefined>(awardAfter, undefined)).entries()];

describe('awards an organisation holds', () => {
  it('a proposal is not an award: the organisation holds nothing yet', () => {
    expect(held(submitted())).toEqual([]);
  });

  it('an award is held under the organisation, with its amount, dates and nothing paid yet', () => {
    expect(held(awarded())).toEqual([
      [
        awardHeldId(organisation.organisationId, 'sb-001'),
        expect.objectContaining({
          organisationId: organisation.organisationId,
          awardId: 'aw-sb-001',
          amount: '1000000.00',
          released: '0.00',
          status: 'Active',
          endDate: '2023-09-30',
        }),
      ],
    ]);
  });

  it('tranches add to what was released; a refund to what came back; a close-out closes it', () => {
    const refund: ProjectEvent = {
      type: 'grants.refund.received',
      data: {
        projectId: 'sb-001',
        awardId: 'aw-sb-001',
        refundId: 'rf-1',
        amount: '10000.00',
        receivedOn: '2023-09-20',
        documentRef: 'x',
        fromTranches: [],
      },
    };
    const closed: ProjectEvent = {
      type: 'grants.project.closed',
      data: {
        projectId: 'sb-001',
        awardId: 'aw-sb-001',
        released: '800000.00',
        spent: '790000.00',
        refunded: '10000.00',
        returnedToBudget: '200000.00',
        closedOn: '2023-10-01',
        closedBy: 'u',
      },
    };
    const [[, award]] = held([...firstTrancheAccounted(), released(2, '400000.00'), refund, closed]);
    expect(award).toMatchObject({ released: '800000.00', refunded: '10000.00', status: 'Closed' });
  });
});
