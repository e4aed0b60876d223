import { Refusal } from './refusal';

/**
 * The form field a refusal concerns, so its Thai message can stand next to that field: the
 * field the service named, else the one its code is about.
 */
export const fieldOfRefusal = (refusal: Refusal, fields: readonly string[]): string | undefined => {
  if (refusal.field && fields.includes(refusal.field)) return refusal.field;
  const code = refusal.code.toLowerCase();
  const byCode: [RegExp, string][] = [
    [/words/, 'amountWords'],
    [/figures|amount|cap|above-limit|overdraft/, 'amountFigures'],
    [/waiting|date|before|future/, 'eventDate'],
    [/date|before|future/, 'paidOn'],
    [/member/, 'memberId'],
    [/account/, 'payeeAccount'],
    [/nights/, 'hospitalNights'],
  ];
  return byCode.find(([pattern, field]) => pattern.test(code) && fields.includes(field))?.[1];
};
