import { Money } from '@kongthun/kernel';
import { BUDGET_STATUS_COMMITTED, IatiActivity, IatiBudget, IatiOrganisation, IatiTransaction, Narrative } from './iati-activity';

/** Our extension namespace: IATI allows attributes of another namespace, and validates them laxly. */
export const KONGTHUN_IATI_NAMESPACE = 'urn:kongthun:iati:1';
export const IATI_VERSION = '2.03';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 cannot carry at all: dropped rather than produce a document nobody can parse.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const escape = (text: string) => text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

const attributes = (attrs: Record<string, string | number | undefined>) =>
  Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
    .join('');

/** Each writer pushes lines into one array joined once per activity: linear in the activity's size. */
type Out = string[];

const narratives = (out: Out, indent: string, texts: readonly Narrative[]) => {
  for (const { lang, text } of texts) out.push(`${indent}<narrative xml:lang="${lang}">${escape(text)}</narrative>`);
};

const element = (
  out: Out,
  indent: string,
  name: string,
  attrs: Record<string, string | number | undefined>,
  texts: readonly Narrative[],
) => {
  if (texts.length === 0) {
    out.push(`${indent}<${name}${attributes(attrs)}/>`);
    return;
  }
  out.push(`${indent}<${name}${attributes(attrs)}>`);
  narratives(out, `${indent}  `, texts);
  out.push(`${indent}</${name}>`);
};

const value = (out: Out, indent: string, amount: Money, valueDate: string) =>
  out.push(`${indent}<value currency="THB" value-date="${escape(valueDate)}">${amount.toDecimalString()}</value>`);

const organisation = (out: Out, indent: string, name: string, org: IatiOrganisation & { role?: string; activityId?: string }) => {
  const activityAttribute = name === 'provider-org' ? 'provider-activity-id' : 'receiver-activity-id';
  element(
    out,
    indent,
    name,
    { ref: org.ref, type: org.type, role: org.role, ...(org.activityId === undefined ? {} : { [activityAttribute]: org.activityId }) },
    org.names,
  );
};

const budget = (out: Out, b: IatiBudget) => {
  out.push(`    <budget type="${b.type}" status="${BUDGET_STATUS_COMMITTED}">`);
  out.push(`      <period-start iso-date="${escape(b.periodStart)}"/>`, `      <period-end iso-date="${escape(b.periodEnd)}"/>`);
  value(out, '      ', b.value, b.valueDate);
  out.push('    </budget>');
};

const transaction = (out: Out, t: IatiTransaction) => {
  out.push(`    <transaction${attributes({ ref: t.ref })}>`);
  out.push(`      <transaction-type code="${t.type}"/>`, `      <transaction-date iso-date="${escape(t.date)}"/>`);
  value(out, '      ', t.value, t.date);
  if (t.description.length > 0) element(out, '      ', 'description', {}, t.description);
  if (t.provider !== undefined) organisation(out, '      ', 'provider-org', t.provider);
  if (t.receiver !== undefined) organisation(out, '      ', 'receiver-org', t.receiver);
  if (t.disbursementChannel !== undefined) out.push(`      <disbursement-channel code="${t.disbursementChannel}"/>`);
  out.push('    </transaction>');
};

/** One `<iati-activity>`, elements in the order the schema's sequence demands. */
export const activityXml = (activity: IatiActivity): string => {
  const out: Out = [];
  const attrs = {
    'xml:lang': 'th',
    'default-currency': 'THB',
    hierarchy: activity.hierarchy,
    'kongthun:fiscal-year-be': activity.fiscalYearBe,
  };
  out.push(`  <iati-activity${attributes(attrs)}>`);
  out.push(`    <iati-identifier>${escape(activity.identifier)}</iati-identifier>`);
  organisation(out, '    ', 'reporting-org', activity.reportingOrg);
  element(out, '    ', 'title', {}, activity.title);
  element(out, '    ', 'description', { type: '1' }, activity.description);
  for (const org of activity.participatingOrgs) organisation(out, '    ', 'participating-org', org);
  for (const other of activity.otherIdentifiers) out.push(`    <other-identifier${attributes(other)}/>`);
  out.push(`    <activity-status code="${activity.status}"/>`);
  for (const date of activity.dates) out.push(`    <activity-date type="${date.type}" iso-date="${escape(date.isoDate)}"/>`);
  out.push('    <recipient-country code="TH" percentage="100"/>');
  for (const b of activity.budgets) budget(out, b);
  for (const t of activity.transactions) transaction(out, t);
  for (const related of activity.relatedActivities) out.push(`    <related-activity${attributes(related)}/>`);
  out.push('  </iati-activity>', '');
  return out.join('\n');
};

/** The document's opening: an `<iati-activities>` of version 2.03, stamped with when it was made. */
export const documentStart = (generatedAt: string): string =>
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  `<iati-activities version="${IATI_VERSION}" generated-datetime="${escape(generatedAt)}" xmlns:kongthun="${KONGTHUN_IATI_NAMESPACE}">\n`;

export const DOCUMENT_END = '</iati-activities>\n';
