import { html, TemplateResult } from 'lit';
import { recordMoney } from '../api';
import { checkCitizenId } from '../citizen-id-check';
import { citizenIdField } from '../citizen-id-field';
import { dateField } from '../date-field';
import { idempotencyKeys } from '../idempotency-key';
import { t } from '../i18n/i18n';
import { MessageKey } from '../i18n/th';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { bahtWords, todayInBangkok } from '../thai-format';
import { fundPath } from './fund-api';

type Field =
  | 'memberId'
  | 'citizenId'
  | 'name'
  | 'phone'
  | 'planId'
  | 'enrolledOn'
  | 'joiningFee'
  | 'beneficiaryName'
  | 'beneficiaryRelationship'
  | 'beneficiaryCitizenId';

/** The request's paths (`beneficiary.name`) as the form's fields. */
const FIELD_OF_PATH: Record<string, Field> = {
  memberId: 'memberId',
  citizenId: 'citizenId',
  name: 'name',
  phone: 'phone',
  planId: 'planId',
  enrolledOn: 'enrolledOn',
  joiningFee: 'joiningFee',
  'beneficiary.name': 'beneficiaryName',
  'beneficiary.relationship': 'beneficiaryRelationship',
  'beneficiary.citizenId': 'beneficiaryCitizenId',
};

/**
 * Where a refusal of an enrolment belongs: the path the body check named, else the field its code
 * is about. A citizen-ID refusal is the member's unless the member's ID checks here, then the
 * beneficiary's (the service checks the member's first).
 */
const fieldOf = (refusal: Refusal, values: Record<Field, string>): Field | undefined => {
  const issues = refusal.details.issues;
  const path = Array.isArray(issues) ? String((issues[0] as { path?: unknown })?.path ?? '') : refusal.field;
  if (path && FIELD_OF_PATH[path]) return FIELD_OF_PATH[path];
  const code = refusal.code;
  if (code.startsWith('citizen-id.')) return checkCitizenId(values.citizenId).state === 'valid' ? 'beneficiaryCitizenId' : 'citizenId';
  const byCode: [RegExp, Field][] = [
    [/already-enrolled/, 'citizenId'],
    [/beneficiary-is-member/, 'beneficiaryCitizenId'],
    [/beneficiary/, 'beneficiaryName'],
    [/member\.duplicate/, 'memberId'],
    [/plan/, 'planId'],
    [/joining-fee|money\./, 'joiningFee'],
    [/date|founding|future/, 'enrolledOn'],
  ];
  return byCode.find(([pattern]) => pattern.test(code))?.[1];
};

/** Enrolment (สมัครสมาชิก) with the joining fee; the citizen IDs are checked as they are typed. */
export const enrolmentPage = (): Page => {
  const values: Record<Field, string> = {
    memberId: '',
    citizenId: '',
    name: '',
    phone: '',
    planId: 'baht-a-day',
    enrolledOn: todayInBangkok(),
    joiningFee: '10.00',
    beneficiaryName: '',
    beneficiaryRelationship: '',
    beneficiaryCitizenId: '',
  };
  const keyFor = idempotencyKeys();
  let refusal: Refusal | undefined;
  let enrolled = false;

  /** A field changed after the service refused it no longer carries that refusal. */
  const change = (name: Field, value: string, redraw: () => void) => {
    if (refusal && fieldOf(refusal, values) === name) refusal = undefined;
    values[name] = value;
    redraw();
  };
  const serverMessage = (name: Field) => (refusal && fieldOf(refusal, values) === name ? refusal.text : undefined);
  const field = (name: Field, label: MessageKey, input: TemplateResult, withError = true): TemplateResult => {
    const message = withError ? serverMessage(name) : undefined;
    return html`<label for=${name}>${t(label)}</label>${input}
      ${message ? html`<p class="field-error" id="${name}-error" role="alert">${message}</p>` : ''}`;
  };
  const text = (name: Field, redraw: () => void, inputmode = 'text') =>
    html`<input
      id=${name}
      name=${name}
      inputmode=${inputmode}
      .value=${values[name]}
      aria-describedby="${name}-error"
      @input=${(e: Event) => change(name, (e.target as HTMLInputElement).value, redraw)}
    />`;
  const citizen = (name: 'citizenId' | 'beneficiaryCitizenId', redraw: () => void) =>
    citizenIdField(name, values[name], (value) => change(name, value, redraw), serverMessage(name));

  const submit = async (fundId: string, redraw: () => void) => {
    // The checks the page can make itself stop the request; the service makes them again.
    const member = checkCitizenId(values.citizenId);
    const beneficiary = checkCitizenId(values.beneficiaryCitizenId);
    if (member.state !== 'valid' || (beneficiary.state !== 'empty' && beneficiary.state !== 'valid')) {
      document.getElementById(member.state !== 'valid' ? 'citizenId' : 'beneficiaryCitizenId')?.focus();
      return;
    }
    try {
      const body = {
        memberId: values.memberId,
        citizenId: values.citizenId,
        name: values.name,
        phone: values.phone.trim() || null,
        planId: values.planId,
        enrolledOn: values.enrolledOn,
        joiningFee: values.joiningFee,
        beneficiary: {
          name: values.beneficiaryName,
          phone: null,
          citizenId: values.beneficiaryCitizenId.trim() || null,
          relationship: values.beneficiaryRelationship,
        },
      };
      await recordMoney(`${fundPath(fundId)}/members`, body, keyFor(body));
      enrolled = true;
      refusal = undefined;
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refusal = error;
    }
    redraw();
  };

  return {
    view: ({ params, redraw }) => {
      if (enrolled)
        return html`<h2>${t('enrolMember')}</h2>
          <p class="done" role="status">✓ ${t('enrolled')}: ${values.memberId}</p>
          <p><a href="#/fund/${params.fundId}/members/${values.memberId}">${t('statement')} ${values.memberId}</a></p>`;
      const words = bahtWords(values.joiningFee);
      const unplaced = refusal && !fieldOf(refusal, values);
      return html`<h2>${t('enrolMember')}</h2>
        <form
          novalidate
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            void submit(params.fundId, redraw);
          }}
        >
          ${field('memberId', 'memberId', text('memberId', redraw))} ${field('citizenId', 'citizenId', citizen('citizenId', redraw), false)}
          ${field('name', 'fullName', text('name', redraw))} ${field('phone', 'phone', text('phone', redraw, 'tel'))}
          ${field('planId', 'plan', text('planId', redraw))}
          ${field(
            'enrolledOn',
            'enrolledOn',
            dateField('enrolledOn', values.enrolledOn, (value) => ((values.enrolledOn = value), redraw())),
          )}
          ${field('joiningFee', 'joiningFee', text('joiningFee', redraw, 'decimal'))}
          ${words ? html`<p class="words" data-testid="joining-fee-words">${words}</p>` : ''}
          <fieldset>
            <legend>${t('beneficiary')}</legend>
            ${field('beneficiaryName', 'fullName', text('beneficiaryName', redraw))}
            ${field('beneficiaryRelationship', 'relationship', text('beneficiaryRelationship', redraw))}
            ${field('beneficiaryCitizenId', 'beneficiaryCitizenId', citizen('beneficiaryCitizenId', redraw), false)}
          </fieldset>
          ${unplaced ? html`<p class="refusal" role="alert">${refusal!.text}</p>` : ''}
          <p><button type="submit">${t('enrol')}</button></p>
        </form>`;
    },
  };
};
