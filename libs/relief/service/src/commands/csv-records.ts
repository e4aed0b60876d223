import { DomainError } from '@kongthun/kernel';
import { DamageItem, PayeeMethod } from '@kongthun/relief-domain';
import { AssessmentInput, RegistrationInput } from './household-input';

/**
 * The registration CSV (header row, one household a row):
 * `house_registration_no,village_code,head_citizen_id,head_name,head_phone,member_citizen_ids,member_names,certificate_ref,certifier_citizen_id,community_meeting_ref,payee_method,payee_account`
 * with members separated by `;` and `payee_method` `bank-transfer` or `promptpay`. Names and the
 * phone are kept encrypted. A file with `head_ref,member_refs` instead of the names (made before
 * names were taken) registers the households by those references and keeps no personal data.
 */
export const registrationFromCsv = (record: Record<string, string>): RegistrationInput => {
  const ids = splitList(record.member_citizen_ids);
  const byRef = record.head_name === undefined && record.head_ref !== undefined;
  const names = splitList(byRef ? record.member_refs : record.member_names);
  if (ids.length !== names.length) throw rowError(`member_citizen_ids and ${byRef ? 'member_refs' : 'member_names'} differ in length`);
  const person = (citizenId: string, name: string, phone: string | null) =>
    byRef ? { citizenId, personalDataRef: name } : { citizenId, name, phone };
  return {
    houseRegistrationNo: record.house_registration_no ?? '',
    villageCode: record.village_code ?? '',
    head: person(record.head_citizen_id ?? '', (byRef ? record.head_ref : record.head_name) ?? '', record.head_phone?.trim() || null),
    members: ids.map((citizenId, i) => person(citizenId, names[i], null)),
    certification: { documentRef: record.certificate_ref ?? '', certifierCitizenId: record.certifier_citizen_id ?? '' },
    communityMeetingRef: record.community_meeting_ref ?? '',
    payee: { method: (record.payee_method ?? '') as PayeeMethod, account: record.payee_account ?? '' },
  };
};

/**
 * The assessment CSV: `house_registration_no,assessment_id,flood_days,items` where items are
 * `item:quantity:cost` separated by `;` (cost empty: the rate's cap), e.g. `house-repair:1:20000.00;clothing:3:`.
 */
export const assessmentFromCsv = (record: Record<string, string>): AssessmentInput => ({
  houseRegistrationNo: record.house_registration_no ?? '',
  assessmentId: record.assessment_id ?? '',
  floodDays: record.flood_days === undefined || record.flood_days === '' ? null : wholeNumber(record.flood_days),
  items: splitList(record.items).map((text): DamageItem => {
    const [item, quantity, cost] = text.split(':');
    return { item, quantity: wholeNumber(quantity ?? ''), assessedCost: cost === undefined || cost === '' ? null : cost };
  }),
});

const splitList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
const wholeNumber = (text: string): number => {
  if (!/^\d+$/.test(text.trim())) throw rowError(`"${text}" is not a whole number`);
  return Number(text);
};
const rowError = (why: string) =>
  new DomainError('relief.csv-row-invalid', `A CSV row is invalid: ${why}`, { messageTh: 'ข้อมูลแถวใน CSV ไม่ถูกต้อง' });
