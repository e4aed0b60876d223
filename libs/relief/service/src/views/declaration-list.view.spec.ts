import { DeclarationEvent } from '@kongthun/relief-domain';
import { nextDeclarationListDocument } from './declaration-list.view';
import { DeclarationListDocument } from './relief-read-models';

const declared: DeclarationEvent = {
  type: 'relief.zone.declared',
  data: {
    declarationId: 'cp-flood',
    name: 'อุทกภัยตำบลท่าตะเภา',
    disasterType: 'flood',
    areaCodes: ['860101', '860102'],
    disasterDate: '2025-11-20',
    from: '2025-11-20',
    until: '2026-02-20',
    documentRef: 'ชพ 17/2568',
    householdBuckets: 3,
    declaredOn: '2025-11-21',
  },
};

const evolveAll = (events: DeclarationEvent[]) =>
  events.reduce<DeclarationListDocument | undefined>((stored, event) => nextDeclarationListDocument(stored, event) ?? stored, undefined);

describe('the declaration list', () => {
  it('holds the zone as declared: name, disaster type, areas and period, and no bucket count', () => {
    expect(evolveAll([declared])).toEqual({
      declarationId: 'cp-flood',
      name: 'อุทกภัยตำบลท่าตะเภา',
      disasterType: 'flood',
      areaCodes: ['860101', '860102'],
      disasterDate: '2025-11-20',
      from: '2025-11-20',
      until: '2026-02-20',
      declaredOn: '2025-11-21',
    });
  });

  it('follows the areas an amendment adds and removes, and the end an extension moves', () => {
    const amended: DeclarationEvent = {
      type: 'relief.zone.amended',
      data: {
        declarationId: 'cp-flood',
        amendmentId: 'am-1',
        addedAreas: ['86010401'],
        removedAreas: ['860102'],
        documentRef: 'ชพ 18',
        amendedOn: '2025-11-25',
      },
    };
    const extended: DeclarationEvent = {
      type: 'relief.zone.extended',
      data: { declarationId: 'cp-flood', until: '2026-03-31', documentRef: 'ชพ 3/2569', extendedOn: '2026-02-01' },
    };
    expect(evolveAll([declared, amended, extended])).toMatchObject({ areaCodes: ['860101', '86010401'], until: '2026-03-31' });
  });

  it('is left as it is by an allocation of money', () => {
    const stored = evolveAll([declared]);
    const allocated: DeclarationEvent = {
      type: 'relief.funds.allocated',
      data: {
        declarationId: 'cp-flood',
        allocationId: 'al-1',
        sourceName: 'กองทุน',
        amount: '1000.00',
        receivedOn: '2025-11-22',
        documentRef: 'ชพ 19',
      },
    };
    expect(nextDeclarationListDocument(stored, allocated)).toBeUndefined();
  });
});
