import { html, TemplateResult } from 'lit';
import { fieldOfRefusal } from '../field-of-refusal';
import { Refusal } from '../refusal';

/**
 * The field of a programme form a refusal concerns: the field the service named, else the first
 * of this form's own code patterns that matches, else the shared table's guess.
 */
export const fieldOf = (refusal: Refusal, fields: readonly string[], byCode: readonly [RegExp, string][]): string | undefined => {
  if (refusal.field && fields.includes(refusal.field)) return refusal.field;
  const mine = byCode.find(([pattern, field]) => pattern.test(refusal.code) && fields.includes(field));
  return mine?.[1] ?? fieldOfRefusal(refusal, fields);
};

/** The service's message under the field it concerns, read out when it appears. */
export const besideField = (refusal: Refusal | undefined, placed: string | undefined, field: string): TemplateResult | string =>
  refusal && placed === field ? html`<p class="field-error" id="${field}-error" role="alert">${refusal.text}</p>` : '';

/** A refusal no field of the form concerns, under the form. */
export const underForm = (refusal: Refusal | undefined, placed: string | undefined): TemplateResult | string =>
  refusal && placed === undefined ? html`<p class="refusal" role="alert">${refusal.text}</p>` : '';

/** Runs a page action; a refusal is kept for the page to show, anything else still throws. */
export const refusalOf = async (action: () => Promise<unknown>): Promise<Refusal | undefined> => {
  try {
    await action();
    return undefined;
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
};
