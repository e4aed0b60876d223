import { DeclarationEvent, DisasterType } from './declaration.events';

/** What decisions about a zone need: where, when, and what was already done once. */
export interface DeclaredZone {
  status: 'Declared';
  declarationId: string;
  name: string;
  disasterType: DisasterType;
  areaCodes: string[];
  disasterDate: string;
  from: string;
  until: string;
  householdBuckets: number;
  /** Version of the zone's terms: 1 at declaration, +1 per amendment or extension. */
  version: number;
  amendmentIds: string[];
  allocationIds: string[];
}
export type DeclarationState = { status: 'None' } | DeclaredZone;

export const initialDeclarationState = (): DeclarationState => ({ status: 'None' });

export const evolveDeclaration = (state: DeclarationState, event: DeclarationEvent): DeclarationState => {
  switch (event.type) {
    case 'relief.zone.declared': {
      const { documentRef: _doc, declaredOn: _on, ...zone } = event.data;
      return { status: 'Declared', ...zone, version: 1, amendmentIds: [], allocationIds: [] };
    }
    case 'relief.zone.amended':
      if (state.status !== 'Declared') return state;
      return {
        ...state,
        areaCodes: [...state.areaCodes.filter((code) => !event.data.removedAreas.includes(code)), ...event.data.addedAreas],
        version: state.version + 1,
        amendmentIds: [...state.amendmentIds, event.data.amendmentId],
      };
    case 'relief.zone.extended':
      return state.status === 'Declared' ? { ...state, until: event.data.until, version: state.version + 1 } : state;
    case 'relief.funds.allocated':
      return state.status === 'Declared' ? { ...state, allocationIds: [...state.allocationIds, event.data.allocationId] } : state;
  }
};

/** True when an area (subdistrict or village code) lies inside one of the zone's areas. */
export const zoneCovers = (zone: Pick<DeclaredZone, 'areaCodes'>, areaCode: string): boolean =>
  zone.areaCodes.some((area) => areaCode.startsWith(area));

export const zoneOpenOn = (zone: Pick<DeclaredZone, 'from' | 'until'>, day: string): boolean => day >= zone.from && day <= zone.until;
