import { deciderSpec } from '@kongthun/kernel/testing';
import { at } from '../testing/relief-fixtures';
import { DeclareZone } from './declaration.commands';
import { declarationDecider } from './declaration.decider';
import { DeclarationEvent, ZoneDeclared } from './declaration.events';

const spec = deciderSpec(declarationDecider);
const declareData: DeclareZone['data'] = {
  declarationId: 'cp-flood-2568',
  name: 'อุทกภัยจังหวัดชุมพร พฤศจิกายน 2568',
  disasterType: 'flood',
  areaCodes: ['860102', '86010403'],
  disasterDate: '2025-11-20',
  from: '2025-11-20',
  until: '2026-02-20',
  documentRef: 'ชพ 0017/2568',
  expectedHouseholds: 2500,
};
const { expectedHouseholds: _expected, ...declaredData } = declareData;
const declared: ZoneDeclared = { type: 'relief.zone.declared', data: { ...declaredData, householdBuckets: 3, declaredOn: '2025-11-21' } };
const declare = (data: Partial<DeclareZone['data']> = {}) => ({
  type: 'DeclareZone' as const,
  data: { ...declareData, ...data },
  metadata: at('2025-11-21'),
});

describe('a zone not yet declared', () => {
  it('is declared with its areas, period and a register stream per thousand expected households', () => {
    spec([]).when(declare()).then([declared]);
  });
  it('is refused when an area is a district rather than a subdistrict or village', () => {
    spec([])
      .when(declare({ areaCodes: ['8601'] }))
      .thenThrows('relief.area-not-subdistrict');
  });
  it('is refused when an area is not a DOPA code', () => {
    spec([])
      .when(declare({ areaCodes: ['990101'] }))
      .thenThrows('relief.area-invalid');
  });
  it('is refused without an area', () => {
    spec([])
      .when(declare({ areaCodes: [] }))
      .thenThrows('relief.areas-required');
  });
  it('is refused when the period ends before it starts', () => {
    spec([])
      .when(declare({ until: '2025-11-01' }))
      .thenThrows('relief.period-invalid');
  });
  it('is refused when the disaster date is outside the period', () => {
    spec([])
      .when(declare({ disasterDate: '2025-10-01' }))
      .thenThrows('relief.disaster-date-outside-period');
  });
  it('is refused without the governor’s document', () => {
    spec([])
      .when(declare({ documentRef: ' ' }))
      .thenThrows('relief.document-required');
  });
});

describe('a declared zone', () => {
  const history: DeclarationEvent[] = [declared];
  it('is not declared twice', () => {
    spec(history).when(declare()).thenThrows('relief.declaration-exists');
  });
  it('is amended by adding and removing areas, as an event', () => {
    spec(history)
      .when({
        type: 'AmendZone',
        data: { amendmentId: 'am-1', addAreas: ['860103'], removeAreas: ['86010403'], documentRef: 'ชพ 0020/2568' },
        metadata: at('2025-11-25'),
      })
      .then([
        {
          type: 'relief.zone.amended',
          data: {
            declarationId: 'cp-flood-2568',
            amendmentId: 'am-1',
            addedAreas: ['860103'],
            removedAreas: ['86010403'],
            documentRef: 'ชพ 0020/2568',
            amendedOn: '2025-11-25',
          },
        },
      ]);
    const state = spec([
      ...history,
      ...declarationDecider.decide(
        {
          type: 'AmendZone',
          data: { amendmentId: 'am-1', addAreas: ['860103'], removeAreas: ['86010403'], documentRef: 'x' },
          metadata: at('2025-11-25'),
        },
        spec(history).state,
      ),
    ]).state;
    expect(state).toMatchObject({ areaCodes: ['860102', '860103'], version: 2 });
  });
  it('refuses removing an area it does not hold', () => {
    spec(history)
      .when({
        type: 'AmendZone',
        data: { amendmentId: 'am-1', addAreas: [], removeAreas: ['860199'], documentRef: 'x' },
        metadata: at('2025-11-25'),
      })
      .thenThrows('relief.area-not-in-zone');
  });
  it('refuses an amendment that would leave no area', () => {
    spec(history)
      .when({
        type: 'AmendZone',
        data: { amendmentId: 'am-1', addAreas: [], removeAreas: ['860102', '86010403'], documentRef: 'x' },
        metadata: at('2025-11-25'),
      })
      .thenThrows('relief.areas-required');
  });
  it('is extended to a later end', () => {
    spec(history)
      .when({ type: 'ExtendZone', data: { until: '2026-03-31', documentRef: 'ชพ 0031/2569' }, metadata: at('2026-02-10') })
      .then([
        {
          type: 'relief.zone.extended',
          data: { declarationId: 'cp-flood-2568', until: '2026-03-31', documentRef: 'ชพ 0031/2569', extendedOn: '2026-02-10' },
        },
      ]);
  });
  it('refuses an extension that does not end later', () => {
    spec(history)
      .when({ type: 'ExtendZone', data: { until: '2026-02-20', documentRef: 'x' }, metadata: at('2026-02-10') })
      .thenThrows('relief.extension-not-later');
  });
  it('receives money from a source, once per allocation', () => {
    const allocate = {
      type: 'AllocateFunds' as const,
      data: {
        allocationId: 'al-1',
        sourceName: 'เงินทดรองราชการ',
        amount: '1000000.00',
        receivedOn: '2025-11-22',
        documentRef: 'กค 0406/1',
      },
      metadata: at('2025-11-22'),
    };
    spec(history).when(allocate).thenTypes(['relief.funds.allocated']);
    spec([...history, ...declarationDecider.decide(allocate, spec(history).state)])
      .when(allocate)
      .thenThrows('relief.allocation-duplicate');
  });
  it('refuses an allocation of zero', () => {
    spec(history)
      .when({
        type: 'AllocateFunds',
        data: { allocationId: 'al-1', sourceName: 's', amount: '0.00', receivedOn: '2025-11-22', documentRef: 'd' },
        metadata: at('2025-11-22'),
      })
      .thenThrows('relief.amount-not-positive');
  });
});

describe('a zone never declared', () => {
  it('cannot be amended or extended', () => {
    spec([])
      .when({ type: 'ExtendZone', data: { until: '2026-03-31', documentRef: 'x' }, metadata: at('2026-02-10') })
      .thenThrows('relief.declaration-not-found');
  });
});
