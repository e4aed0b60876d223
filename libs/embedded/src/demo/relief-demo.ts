import { Readable } from 'node:stream';
import { INestApplication } from '@nestjs/common';
import { AuthenticatedActor } from '@kongthun/http';
import { addDays, dateOfInstant, Money } from '@kongthun/kernel';
import { ReliefDeclarations, ReliefHouseholds, ReliefImports, ReliefRuns, ReliefViews, spoolUpload } from '@kongthun/relief-service';
import { FundCommandHandler, MemberPersonalData, PersonalDataVault } from '@kongthun/welfare-service';
import { chumphonCitizenId } from './chumphon-people';
import { loadChumphonWelfareFund } from './chumphon-welfare-fund';

export const RELIEF_DEMO_DECLARATION = 'chumphon-flood-demo';

/**
 * DOPA subdistrict codes of Mueang Chumphon (district 8601, province 86), as carried by the npm
 * package thai-address-database 0.0.30 (`database/backup/geodb.json`, checked by hand on
 * 27 Nov 2026; the package is not a dependency). Villages are written as subdistrict + หมู่ที่.
 */
export const CHUMPHON_AREAS = { thaTaphao: '860101', pakNam: '860102', bangMak: '860104' } as const;

const officer: AuthenticatedActor = { userId: 'wiroj', role: 'relief-officer', scope: { areas: ['86'] } };
const chair: AuthenticatedActor = { userId: 'sunee', role: 'committee', scope: { areas: ['86'] } };

/** Demo users of relief: นายวิโรจน์ (district relief officer) and นางสุนีย์ (provincial committee). */
export const reliefDemoUsers = [
  { label: 'relief officer วิโรจน์ (Chumphon)', actor: officer },
  { label: 'relief committee สุนีย์ (Chumphon)', actor: chair },
];

const citizenId = chumphonCitizenId;

/** Heads of household (names stay here: events get keyed hashes and references only). */
const HEADS = [
  ['นายสมพงษ์ ทองดี', '86010101', 'house-repair:1:38500.00;clothing:4:'],
  ['นางจันทร์เพ็ญ ศรีสุข', '86010101', 'clothing:3:'],
  ['นายประยูร แก้วมณี', '86010102', 'house-repair:1:12000.00;work-tools:1:'],
  // The head died in the flood: his household is paid his funeral, and his welfare fund its death benefit.
  ['นายบุญเลิศ ใจดี', '86010203', 'funeral:1:;clothing:2:'],
  ['นายเสถียร ชูช่วย', '86010203', 'work-tools:1:6500.00'],
  ['นางสาวอรุณี พรหมแก้ว', '86010401', 'house-repair:1:55000.00'],
  ['นายวันชัย รอดภัย', '86010401', 'clothing:5:'],
  ['นางละเอียด ขุนทอง', '86010402', 'house-repair:1:9000.00'],
] as const;

const csv = (text: string) => spoolUpload(Readable.from([Buffer.from(text, 'utf8')]));

/**
 * The Chumphon flood of the demo (seed 000: the provincial social development fund helps disaster
 * victims): a zone over three subdistricts of Mueang Chumphon declared two weeks ago, eight
 * households registered and assessed, a run paid with two failures, and one payment reversed; and
 * the Pak Nam welfare fund paying its death benefit for a head of household who died in the flood,
 * whose funeral relief pays too (`chumphon-welfare-fund.ts`). Loaded once.
 */
export const loadReliefDemo = async (app: INestApplication, citizenIdKey: string) => {
  const declarations = app.get(ReliefDeclarations);
  if ((await declarations.state(RELIEF_DEMO_DECLARATION)).status === 'Declared') return { created: false };
  const imports = app.get(ReliefImports);
  const runs = app.get(ReliefRuns);
  const today = dateOfInstant(new Date().toISOString());
  const disasterDate = addDays(today, -14);
  await declarations.execute(RELIEF_DEMO_DECLARATION, officer, {
    type: 'DeclareZone',
    data: {
      declarationId: RELIEF_DEMO_DECLARATION,
      name: 'อุทกภัยอำเภอเมืองชุมพร (ตำบลท่าตะเภา ปากน้ำ บางหมาก)',
      disasterType: 'flood',
      areaCodes: Object.values(CHUMPHON_AREAS),
      disasterDate,
      from: disasterDate,
      until: addDays(today, 76),
      documentRef: 'ประกาศจังหวัดชุมพร เรื่อง เขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (อุทกภัย)',
      expectedHouseholds: HEADS.length,
    },
  });
  await declarations.execute(RELIEF_DEMO_DECLARATION, officer, {
    type: 'AllocateFunds',
    data: {
      allocationId: 'psdf-1',
      sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
      amount: '500000.00',
      receivedOn: addDays(today, -10),
      documentRef: 'ชพ 0017/ต.1',
    },
  });
  const houseNo = (i: number) => `86010${String(i + 1).padStart(6, '0')}`;
  // The heads' names and phones are kept encrypted; events carry only their keyed citizen-ID hashes.
  const registrations = HEADS.map(
    ([name, village], i) =>
      `${houseNo(i)},${village},${citizenId(i + 1)},${name},08${String(10_000_000 + i + 1).padStart(8, '0')},,,cert-${village}-${i + 1},${citizenId(900 + Number(village.slice(6)))},ประชาคมหมู่ ${Number(village.slice(6))},bank-transfer,0201${String(i + 1).padStart(6, '0')}`,
  );
  await imports.registrations(
    RELIEF_DEMO_DECLARATION,
    officer,
    await csv(
      `house_registration_no,village_code,head_citizen_id,head_name,head_phone,member_citizen_ids,member_names,certificate_ref,certifier_citizen_id,community_meeting_ref,payee_method,payee_account\n${registrations.join('\n')}\n`,
    ),
  );
  const assessments = HEADS.map(([, , items], i) => `${houseNo(i)},as-${i + 1},${[12, 35, 9, 20, 8, 64, 15, 10][i]},${items}`);
  await imports.assessments(
    RELIEF_DEMO_DECLARATION,
    officer,
    await csv(`house_registration_no,assessment_id,flood_days,items\n${assessments.join('\n')}\n`),
  );

  const dashboard = await app.get(ReliefViews).dashboard(RELIEF_DEMO_DECLARATION, officer);
  const total = Money.sum(dashboard.byItem.map((row) => Money.fromJSON(row.entitled)));
  await runs.create(officer, {
    runId: 'chumphon-flood-run-1',
    declarationId: RELIEF_DEMO_DECLARATION,
    programmeId: 'chumphon-psdf',
    sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
    method: 'bank-transfer',
    controlTotals: { count: dashboard.households.assessed, amount: total.toDecimalString() },
  });
  await runs.dryRun('chumphon-flood-run-1', officer);
  await runs.approve('chumphon-flood-run-1', chair);
  let file = '';
  await runs.exportBankFile('chumphon-flood-run-1', officer, (chunk) => {
    file += chunk;
  });
  const lines = file
    .trim()
    .split('\n')
    .slice(1, -1)
    .map((line) => line.split(','));
  const results = lines.map(
    ([, reference, , amount], i) => `${reference},${amount},${i === 2 || i === 5 ? 'FAILED,ACCOUNT CLOSED' : 'SUCCESS,'},${today}`,
  );
  const handler = app.get(FundCommandHandler);
  const welfareAdmin: AuthenticatedActor = { userId: 'admin', role: 'admin', scope: {} };
  await loadChumphonWelfareFund(
    handler,
    new MemberPersonalData(handler, app.get(PersonalDataVault), citizenIdKey),
    citizenIdKey,
    welfareAdmin,
    {
      citizenId: citizenId(4),
      name: HEADS[3][0],
      diedOn: disasterDate,
    },
  );
  await imports.results('chumphon-flood-run-1', officer, await csv(`reference,amount,status,reason,value_date\n${results.join('\n')}\n`));
  const paid = lines.filter((_, i) => i !== 2 && i !== 5);
  // The reversal: a payment credited to the wrong household's account.
  await app
    .get(ReliefHouseholds)
    .reverse(RELIEF_DEMO_DECLARATION, officer, paid[0][1], 'rv-demo-1', 'โอนเข้าบัญชีผิดครัวเรือน (credited to the wrong household)');
  return { created: true };
};
