import { dateOfInstant, DomainError } from '@kongthun/kernel';
import { zoneCovers, zoneOpenOn } from '../declaration/declaration.state';
import { refuse, requireHash } from '../refusals';
import { bucketOf } from './household-buckets';
import { RegisterHouseholds, ZoneFacts } from './household.commands';
import { HouseholdRegistration, HouseholdsRegistered } from './household.events';
import { HouseholdBucketState } from './household.state';

const required = (value: string, what: string, whatTh: string): void => {
  if (typeof value !== 'string' || value.trim() === '')
    throw refuse('relief.registration-incomplete', `${what} is required`, `ต้องระบุ${whatTh}`, { field: what });
};

/**
 * Why this household cannot be registered today, or undefined when it can: the bulk import asks
 * row by row and reports refused rows, a single registration refuses outright.
 */
export const registrationRefusal = (
  zone: ZoneFacts,
  bucket: number,
  state: HouseholdBucketState,
  household: HouseholdRegistration,
  day: string,
): DomainError | undefined => {
  try {
    requireHash(household.householdId, 'relief.household-id-invalid', 'The household id');
    if (bucketOf(household.householdId, zone.householdBuckets) !== bucket)
      throw refuse('relief.wrong-bucket', 'The household belongs to another register stream', 'ครัวเรือนอยู่ในทะเบียนกลุ่มอื่น');
    if (!zoneOpenOn(zone, day))
      throw refuse(
        'relief.registration-outside-period',
        `Registration on ${day} is outside the declared period ${zone.from}–${zone.until}`,
        'ลงทะเบียนนอกช่วงเวลาที่ประกาศ',
        { day, from: zone.from, until: zone.until },
      );
    if (!/^\d{8}$/.test(household.villageCode))
      throw refuse('relief.village-invalid', 'A village is its subdistrict code and หมู่ที่ (8 digits)', 'รหัสหมู่บ้านต้องมี 8 หลัก', {
        villageCode: household.villageCode,
      });
    if (!zoneCovers(zone, household.villageCode))
      throw refuse(
        'relief.household-outside-area',
        `Village ${household.villageCode} is outside the declared areas`,
        'หมู่บ้านอยู่นอกเขตที่ประกาศ',
        { villageCode: household.villageCode },
      );
    requireHash(household.head?.citizenIdHash, 'relief.citizen-id-hash-invalid', 'The head’s citizen-ID hash');
    required(household.head.personalDataRef, 'the head’s personal data', 'ข้อมูลหัวหน้าครัวเรือน');
    for (const member of household.members)
      requireHash(member.citizenIdHash, 'relief.citizen-id-hash-invalid', 'A member’s citizen-ID hash');
    required(household.certifiedBy?.documentRef, 'the village head’s or kamnan’s certification', 'หนังสือรับรองของผู้ใหญ่บ้านหรือกำนัน');
    requireHash(household.certifiedBy.certifierIdHash, 'relief.citizen-id-hash-invalid', 'The certifier’s hash');
    required(household.communityMeetingRef, 'the community meeting’s minutes', 'บันทึกการประชาคม');
    requireHash(household.accountHash, 'relief.account-hash-invalid', 'The account hash');
    if (household.method !== 'bank-transfer' && household.method !== 'promptpay')
      throw refuse('relief.method-unknown', 'Pay by bank-transfer or promptpay', 'วิธีจ่ายต้องเป็นโอนเข้าบัญชีหรือพร้อมเพย์');
    if (state.households.has(household.householdId))
      throw refuse(
        'relief.household-already-registered',
        'This household is already registered for this declaration',
        'ครัวเรือนนี้ลงทะเบียนในประกาศนี้แล้ว',
        { householdId: household.householdId },
      );
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
};

export const registerHouseholds = ({ data, metadata }: RegisterHouseholds, state: HouseholdBucketState): HouseholdsRegistered[] => {
  const day = dateOfInstant(metadata.now);
  const seen = new Set<string>();
  for (const household of data.households) {
    const refusal = registrationRefusal(data.zone, data.bucket, state, household, day);
    if (refusal !== undefined) throw refusal;
    if (seen.has(household.householdId))
      throw refuse('relief.household-already-registered', 'The same household is listed twice', 'ระบุครัวเรือนซ้ำ', {
        householdId: household.householdId,
      });
    seen.add(household.householdId);
  }
  if (data.households.length === 0) return [];
  return [
    {
      type: 'relief.households.registered',
      data: {
        declarationId: data.zone.declarationId,
        bucket: data.bucket,
        registeredOn: day,
        registeredBy: metadata.actor.userId,
        households: data.households,
      },
    },
  ];
};
