import { DeclarationEvent } from '@kongthun/relief-domain';
import { DeclarationListDocument } from './relief-read-models';

/**
 * The declaration list's evolve: the zone's terms as declared, amended and extended. Allocations
 * leave it as it is (undefined); a zone's events only ever touch its own document.
 */
export const nextDeclarationListDocument = (
  stored: DeclarationListDocument | undefined,
  event: DeclarationEvent,
): DeclarationListDocument | undefined => {
  switch (event.type) {
    case 'relief.zone.declared': {
      const { declarationId, name, disasterType, areaCodes, disasterDate, from, until, declaredOn } = event.data;
      return { declarationId, name, disasterType, areaCodes, disasterDate, from, until, declaredOn };
    }
    case 'relief.zone.amended':
      if (stored === undefined) return undefined;
      return {
        ...stored,
        areaCodes: [...stored.areaCodes.filter((code) => !event.data.removedAreas.includes(code)), ...event.data.addedAreas],
      };
    case 'relief.zone.extended':
      return stored === undefined ? undefined : { ...stored, until: event.data.until };
    default:
      return undefined;
  }
};
