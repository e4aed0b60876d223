import { ProjectEvent } from '@kongthun/grants-domain';
import { allocated, budgetOpened, firstTrancheAccounted, reserved } from '@kongthun/grants-domain/testing';
import { reportingOrgOf } from './iati-funders';
import { iatiSchemaErrors } from './iati-schema-validation';
import { activityXml, DOCUMENT_END, documentStart } from './iati-xml';
import { programmeActivityOf } from './programme-activity';
import { projectActivityOf } from './project-activity';

const reportingOrg = reportingOrgOf('พอช.');
const parentIdentifier = 'XX-KONGTHUN-CODI-codi-saraburi-2566';
const programme = { programmeId: 'codi-saraburi', name: 'สนับสนุน <ขบวน> & "องค์กรชุมชน"', funder: 'พอช.', areaCodes: ['19'] };

const documentOf = (events: ProjectEvent[]) => {
  const child = projectActivityOf(events, { parentIdentifier, reportingOrg });
  if (child === null) throw new Error('not awarded');
  const parent = programmeActivityOf(programme, 2566, [budgetOpened(), allocated(), reserved('sb-001', '1000000.00')], {
    reportingOrg,
    childIdentifiers: [child.identifier],
    asOf: '2023-05-01',
  });
  return documentStart('2023-05-01T03:00:00.000Z') + activityXml(child) + activityXml(parent) + DOCUMENT_END;
};

describe('the IATI 2.03 schema (vendored, checked by libxml2)', () => {
  it('accepts a programme year and a project with commitment, disbursement and expenditure', async () => {
    const xml = documentOf(firstTrancheAccounted());
    expect(xml).toContain('<transaction-type code="4"/>');
    expect(await iatiSchemaErrors(xml)).toEqual([]);
  }, 60_000);

  it('refuses a transaction without its transaction-type', async () => {
    const xml = documentOf(firstTrancheAccounted()).replace('<transaction-type code="3"/>', '');
    const errors = await iatiSchemaErrors(xml);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/transaction-date.*Expected is \( transaction-type \)/);
  }, 60_000);

  it('refuses an amount that is not a decimal number', async () => {
    const xml = documentOf(firstTrancheAccounted()).replace('>400000.00</value>', '>400,000.00</value>');
    expect((await iatiSchemaErrors(xml)).map((e) => e.message).join('\n')).toMatch(/400,000\.00.*xs:decimal/);
  }, 60_000);
});
