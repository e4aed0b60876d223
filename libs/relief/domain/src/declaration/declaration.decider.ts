import { calendarDate, dateOfInstant, Decider, Money } from '@kongthun/kernel';
import { refuse, requireText } from '../refusals';
import { AllocateFunds, AmendZone, DeclarationCommand, DeclareZone, ExtendZone } from './declaration.commands';
import { DeclarationEvent, DISASTER_TYPES, FundsAllocated, ZoneAmended, ZoneDeclared, ZoneExtended } from './declaration.events';
import { DeclarationState, DeclaredZone, evolveDeclaration, initialDeclarationState } from './declaration.state';
import { parseZoneArea, parseZoneAreas } from './zone-areas';

/** Households per register stream: a command folds one stream of about this many households. */
export const HOUSEHOLDS_PER_BUCKET = 1000;
const MAX_BUCKETS = 65_536;

const requireDeclared = (state: DeclarationState): DeclaredZone => {
  if (state.status !== 'Declared') throw refuse('relief.declaration-not-found', 'No such declaration', 'ไม่พบประกาศเขตภัยพิบัติ');
  return state;
};

const declare = ({ data, metadata }: DeclareZone, state: DeclarationState): ZoneDeclared => {
  if (state.status !== 'None') throw refuse('relief.declaration-exists', `Declaration ${data.declarationId} exists`, 'มีประกาศนี้แล้ว');
  const from = calendarDate(data.from, 'from');
  const until = calendarDate(data.until, 'until');
  const disasterDate = calendarDate(data.disasterDate, 'disasterDate');
  if (until < from) throw refuse('relief.period-invalid', 'The period ends before it starts', 'ช่วงเวลาสิ้นสุดก่อนเริ่มต้น', { from, until });
  if (disasterDate < from || disasterDate > until)
    throw refuse('relief.disaster-date-outside-period', 'The disaster date is outside the declared period', 'วันเกิดภัยอยู่นอกช่วงเวลาที่ประกาศ', {
      disasterDate,
    });
  if (!DISASTER_TYPES.includes(data.disasterType))
    throw refuse('relief.disaster-type-unknown', `Unknown disaster type ${data.disasterType}`, 'ไม่รู้จักประเภทภัย');
  if (!Number.isInteger(data.expectedHouseholds) || data.expectedHouseholds < 1)
    throw refuse(
      'relief.expected-households-invalid',
      'Expected households must be a positive whole number',
      'จำนวนครัวเรือนที่คาดต้องเป็นจำนวนเต็มบวก',
    );
  return {
    type: 'relief.zone.declared',
    data: {
      declarationId: requireText(data.declarationId, 'relief.declaration-id-required', 'A declaration id', 'รหัสประกาศ'),
      name: requireText(data.name, 'relief.name-required', 'A name', 'ชื่อประกาศ'),
      disasterType: data.disasterType,
      areaCodes: parseZoneAreas(data.areaCodes),
      disasterDate,
      from,
      until,
      documentRef: requireText(data.documentRef, 'relief.document-required', 'The governor’s declaration document', 'เลขที่เอกสารประกาศ'),
      householdBuckets: Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(data.expectedHouseholds / HOUSEHOLDS_PER_BUCKET))),
      declaredOn: dateOfInstant(metadata.now),
    },
  };
};

const amend = ({ data, metadata }: AmendZone, state: DeclarationState): ZoneAmended => {
  const zone = requireDeclared(state);
  if (zone.amendmentIds.includes(data.amendmentId))
    throw refuse('relief.amendment-duplicate', 'This amendment is recorded', 'บันทึกการแก้ไขนี้แล้ว');
  const addedAreas = data.addAreas.map(parseZoneArea);
  const removedAreas = data.removeAreas.map(parseZoneArea);
  if (addedAreas.some((code) => zone.areaCodes.includes(code)))
    throw refuse('relief.area-duplicate', 'An added area is already in the zone', 'พื้นที่ที่เพิ่มมีอยู่แล้ว');
  if (removedAreas.some((code) => !zone.areaCodes.includes(code)))
    throw refuse('relief.area-not-in-zone', 'A removed area is not in the zone', 'พื้นที่ที่ตัดออกไม่อยู่ในเขต');
  if (addedAreas.length + zone.areaCodes.length - removedAreas.length === 0)
    throw refuse('relief.areas-required', 'A zone needs at least one area', 'ต้องระบุพื้นที่อย่างน้อยหนึ่งแห่ง');
  const documentRef = requireText(data.documentRef, 'relief.document-required', 'The amending document', 'เลขที่เอกสาร');
  return {
    type: 'relief.zone.amended',
    data: {
      declarationId: zone.declarationId,
      amendmentId: data.amendmentId,
      addedAreas,
      removedAreas,
      documentRef,
      amendedOn: dateOfInstant(metadata.now),
    },
  };
};

const extend = ({ data, metadata }: ExtendZone, state: DeclarationState): ZoneExtended => {
  const zone = requireDeclared(state);
  const until = calendarDate(data.until, 'until');
  if (until <= zone.until)
    throw refuse('relief.extension-not-later', 'An extension must end after the current period', 'การขยายเวลาต้องสิ้นสุดหลังวันสิ้นสุดเดิม', {
      until: zone.until,
    });
  const documentRef = requireText(data.documentRef, 'relief.document-required', 'The extending document', 'เลขที่เอกสาร');
  return {
    type: 'relief.zone.extended',
    data: { declarationId: zone.declarationId, until, documentRef, extendedOn: dateOfInstant(metadata.now) },
  };
};

const allocate = ({ data }: AllocateFunds, state: DeclarationState): FundsAllocated => {
  const zone = requireDeclared(state);
  if (zone.allocationIds.includes(data.allocationId))
    throw refuse('relief.allocation-duplicate', 'This allocation is recorded', 'บันทึกการจัดสรรเงินนี้แล้ว');
  const amount = Money.fromJSON(data.amount);
  if (!amount.isGreaterThan(Money.zero)) throw refuse('relief.amount-not-positive', 'The amount must be positive', 'จำนวนเงินต้องมากกว่าศูนย์');
  return {
    type: 'relief.funds.allocated',
    data: {
      declarationId: zone.declarationId,
      allocationId: requireText(data.allocationId, 'relief.allocation-id-required', 'An allocation id', 'รหัสการจัดสรร'),
      sourceName: requireText(data.sourceName, 'relief.source-required', 'The source of money', 'แหล่งเงิน'),
      amount: amount.toDecimalString(),
      receivedOn: calendarDate(data.receivedOn, 'receivedOn'),
      documentRef: requireText(data.documentRef, 'relief.document-required', 'The allocation letter', 'เลขที่หนังสือ'),
    },
  };
};

export const declarationDecider: Decider<DeclarationCommand, DeclarationEvent, DeclarationState> = {
  decide: (command, state) => {
    switch (command.type) {
      case 'DeclareZone':
        return [declare(command, state)];
      case 'AmendZone':
        return [amend(command, state)];
      case 'ExtendZone':
        return [extend(command, state)];
      case 'AllocateFunds':
        return [allocate(command, state)];
      default: {
        const unknown: never = command;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },
  evolve: evolveDeclaration,
  initialState: initialDeclarationState,
};

export const declarationStreamId = (declarationId: string): string => `relief-declaration-${declarationId}`;
