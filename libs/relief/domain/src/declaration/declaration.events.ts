/** Kinds of disaster a zone is declared for (ประเภทภัย). */
export const DISASTER_TYPES = ['flood', 'storm', 'landslide', 'drought', 'fire', 'cold', 'other'] as const;
export type DisasterType = (typeof DISASTER_TYPES)[number];

/**
 * A disaster-assistance zone declared (ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติ) by the
 * governor on the provincial committee's (ก.ช.ภ.จ.) resolution.
 */
export interface ZoneDeclared {
  type: 'relief.zone.declared';
  data: {
    declarationId: string;
    name: string;
    disasterType: DisasterType;
    /** DOPA subdistrict codes (6 digits) or villages (8: subdistrict + หมู่ที่). */
    areaCodes: string[];
    /** The day the disaster struck: the rate table in force on it applies. */
    disasterDate: string;
    /** The zone's period: registrations and payments only inside it. */
    from: string;
    until: string;
    documentRef: string;
    /** How many register streams the households are spread over (each stays ~1,000 households). */
    householdBuckets: number;
    declaredOn: string;
  };
}

export interface ZoneAmended {
  type: 'relief.zone.amended';
  data: {
    declarationId: string;
    amendmentId: string;
    addedAreas: string[];
    removedAreas: string[];
    documentRef: string;
    amendedOn: string;
  };
}

export interface ZoneExtended {
  type: 'relief.zone.extended';
  data: { declarationId: string; until: string; documentRef: string; extendedOn: string };
}

/** Money put at the zone's disposal from one source (e.g. เงินทดรองราชการ, a provincial fund). */
export interface FundsAllocated {
  type: 'relief.funds.allocated';
  data: { declarationId: string; allocationId: string; sourceName: string; amount: string; receivedOn: string; documentRef: string };
}

export type DeclarationEvent = ZoneDeclared | ZoneAmended | ZoneExtended | FundsAllocated;
export const DECLARATION_EVENT_TYPES: readonly DeclarationEvent['type'][] = [
  'relief.zone.declared',
  'relief.zone.amended',
  'relief.zone.extended',
  'relief.funds.allocated',
];
