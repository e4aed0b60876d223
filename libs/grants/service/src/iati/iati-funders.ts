import { refuse } from '@kongthun/grants-domain';
import { IatiActivity } from './iati-activity';

/**
 * The funders we can name as IATI's reporting organisation, found by the funder name a programme
 * was registered with (Thai, free text: "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)", "พอช.").
 *
 * Identifier scheme: IATI wants `{registration agency}-{number}` from the org-id.guide list. None
 * of these Thai public organisations has an IATI identifier we could verify, and org-id.guide
 * lists no Thai agency for them that we could check offline, so each ref here is provisional:
 * `XX-KONGTHUN-<short name>`, `XX` saying "no registration agency". When a funder registers
 * with IATI, its identifier replaces the provisional one here, and only here: activity
 * identifiers are built from it, so change it before the first publication, never after.
 * OrganisationType 15 is "Other Public Sector" (องค์การมหาชน, a state fund).
 */
const FUNDERS: readonly { matches: RegExp; org: IatiActivity['reportingOrg'] }[] = [
  {
    matches: /สถาบันพัฒนาองค์กรชุมชน|พอช/,
    org: {
      ref: 'XX-KONGTHUN-CODI',
      type: '15',
      names: [
        { lang: 'th', text: 'สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)' },
        { lang: 'en', text: 'Community Organizations Development Institute (Public Organization)' },
      ],
    },
  },
  {
    matches: /กองทุนสนับสนุนการสร้างเสริมสุขภาพ|สสส/,
    org: {
      ref: 'XX-KONGTHUN-THAIHEALTH',
      type: '15',
      names: [
        { lang: 'th', text: 'สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ' },
        { lang: 'en', text: 'Thai Health Promotion Foundation' },
      ],
    },
  },
];

/** The reporting organisation for a programme's funder; refused when we cannot identify it. */
export const reportingOrgOf = (funder: string): IatiActivity['reportingOrg'] => {
  const known = FUNDERS.find((candidate) => candidate.matches.test(funder));
  if (known === undefined)
    throw refuse(
      'iati.funder-unidentified',
      `No IATI organisation identifier is known for the funder "${funder}"`,
      'ยังไม่มีรหัสองค์กรตามมาตรฐาน IATI ของผู้ให้ทุนรายนี้',
      { funder },
    );
  return known.org;
};
