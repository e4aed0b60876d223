import { dateOfInstant, DomainError } from '@kongthun/kernel';
import { computeEntitlements, Entitlement } from '../rates/entitlements';
import { refuse } from '../refusals';
import { AssessHouseholds } from './household.commands';
import { HouseholdAssessment, HouseholdsAssessed } from './household.events';
import { HouseholdBucketState } from './household.state';

type Assessment = AssessHouseholds['data']['assessments'][number];

/** The entitlements of one assessment, or the refusal: the bulk path reports refused rows. */
export const assessOne = (
  command: AssessHouseholds['data'],
  state: HouseholdBucketState,
  assessment: Assessment,
): Entitlement[] | DomainError => {
  try {
    const household = state.households.get(assessment.householdId);
    if (household === undefined)
      throw refuse(
        'relief.household-not-registered',
        'The household is not registered for this declaration',
        'ครัวเรือนยังไม่ได้ลงทะเบียนในประกาศนี้',
        { householdId: assessment.householdId },
      );
    if (household.assessmentId !== null)
      throw refuse('relief.household-already-assessed', 'The household is already assessed', 'ครัวเรือนนี้ได้รับการประเมินแล้ว', {
        householdId: assessment.householdId,
      });
    if (
      command.itemTable.effectiveFrom > command.zone.disasterDate ||
      (command.bandTable !== null && command.bandTable.effectiveFrom > command.zone.disasterDate)
    )
      throw refuse('relief.rate-table-not-in-force', 'The rate table was not in force on the disaster date', 'ตารางอัตรายังไม่มีผลในวันเกิดภัย', {
        disasterDate: command.zone.disasterDate,
      });
    if (assessment.floodDays !== null && (!Number.isInteger(assessment.floodDays) || assessment.floodDays < 0))
      throw refuse('relief.flood-days-invalid', 'Days flooded must be a whole number of days', 'จำนวนวันที่น้ำท่วมต้องเป็นจำนวนเต็ม');
    const entitlements = computeEntitlements(
      assessment.assessmentId,
      assessment.items ?? [],
      assessment.floodDays,
      command.itemTable,
      command.bandTable ?? undefined,
    );
    if (entitlements.length === 0)
      throw refuse('relief.nothing-to-assess', 'The assessment gives no entitlement', 'การประเมินไม่มีรายการที่มีสิทธิได้รับ');
    return entitlements;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
};

export const assessHouseholds = ({ data, metadata }: AssessHouseholds, state: HouseholdBucketState): HouseholdsAssessed[] => {
  const assessments: HouseholdAssessment[] = [];
  const seen = new Set<string>();
  for (const assessment of data.assessments) {
    const result = assessOne(data, state, assessment);
    if (result instanceof DomainError) throw result;
    if (seen.has(assessment.householdId))
      throw refuse('relief.household-already-assessed', 'The same household is assessed twice', 'ประเมินครัวเรือนซ้ำ');
    seen.add(assessment.householdId);
    const { registration } = state.households.get(assessment.householdId)!;
    assessments.push({
      ...assessment,
      headCitizenIdHash: registration.head.citizenIdHash,
      accountHash: registration.accountHash,
      villageCode: registration.villageCode,
      items: assessment.items ?? [],
      entitlements: result,
    });
  }
  if (assessments.length === 0) return [];
  return [
    {
      type: 'relief.households.assessed',
      data: {
        declarationId: data.zone.declarationId,
        bucket: data.bucket,
        disasterDate: data.zone.disasterDate,
        assessedOn: dateOfInstant(metadata.now),
        assessedBy: metadata.actor.userId,
        assessments,
      },
    },
  ];
};
