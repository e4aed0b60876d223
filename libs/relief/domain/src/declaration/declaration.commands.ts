import { CommandMetadata } from '../metadata';
import { DisasterType } from './declaration.events';

export interface DeclareZone {
  type: 'DeclareZone';
  data: {
    declarationId: string;
    name: string;
    disasterType: DisasterType;
    areaCodes: string[];
    disasterDate: string;
    from: string;
    until: string;
    documentRef: string;
    /** Expected households; sets how many register streams the declaration uses. */
    expectedHouseholds: number;
  };
  metadata: CommandMetadata;
}
export interface AmendZone {
  type: 'AmendZone';
  data: { amendmentId: string; addAreas: string[]; removeAreas: string[]; documentRef: string };
  metadata: CommandMetadata;
}
export interface ExtendZone {
  type: 'ExtendZone';
  data: { until: string; documentRef: string };
  metadata: CommandMetadata;
}
export interface AllocateFunds {
  type: 'AllocateFunds';
  data: { allocationId: string; sourceName: string; amount: string; receivedOn: string; documentRef: string };
  metadata: CommandMetadata;
}
export type DeclarationCommand = DeclareZone | AmendZone | ExtendZone | AllocateFunds;
