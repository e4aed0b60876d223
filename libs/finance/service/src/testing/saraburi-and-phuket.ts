import { commitment, disbursement, moneyIn, reversal, unitDeclared } from '@kongthun/finance-model/testing';
import { MoneyMessage } from '@kongthun/money-contract';

/** The five CODI-funded projects Saraburi received for FY 2566 (seed 003): 6,749,210 baht in all. */
export const SARABURI_CODI_PROJECTS = [
  { unitId: 'codi-2566-sb-01', area: '190101', amount: '1500000.00' },
  { unitId: 'codi-2566-sb-02', area: '190201', amount: '1349210.00' },
  { unitId: 'codi-2566-sb-03', area: '190301', amount: '1200000.00' },
  { unitId: 'codi-2566-sb-04', area: '190401', amount: '1400000.00' },
  { unitId: 'codi-2566-sb-05', area: '190501', amount: '1300000.00' },
];

/**
 * Three programmes in two provinces, as the contract carries them: CODI grants in Saraburi,
 * a flood declared over two Saraburi districts, a welfare fund in each province.
 */
export const saraburiAndPhuket = (): MoneyMessage[] => [
  ...SARABURI_CODI_PROJECTS.flatMap((project, index) => [
    unitDeclared('grants', project.unitId, [project.area], `โครงการพัฒนาที่อยู่อาศัย สระบุรี ${index + 1}`),
    moneyIn('grants', project.unitId, `alloc-${index}`, project.amount, '2023-03-15', 'budget-allocation', 2566),
    commitment('grants', project.unitId, `award-${index}`, project.amount, '2023-03-15', 'tranche'),
    disbursement('grants', project.unitId, `tranche-${index}`, '400000.00', '2023-03-20', project.area, 'tranche', 'grant-tranche'),
  ]),
  unitDeclared('relief', 'flood-sb-2566', ['1901', '1903']),
  moneyIn('relief', 'flood-sb-2566', 'budget-flood', '90000.00', '2022-11-01', 'budget-allocation', 2566),
  disbursement('relief', 'flood-sb-2566', 'flood-1', '9000.00', '2022-11-20', '190105', 'flood', 'relief'),
  disbursement('relief', 'flood-sb-2566', 'flood-2', '5000.00', '2022-12-02', '190302', 'flood', 'relief'),
  unitDeclared('welfare', 'sb-pak-phriao', ['190101'], 'กองทุนสวัสดิการชุมชนตำบลปากเพรียว'),
  moneyIn('welfare', 'sb-pak-phriao', 'ct-1', '360.00', '2023-01-05', 'member-contribution', undefined, 'm-1'),
  unitDeclared('welfare', 'phuket-talat-yai', ['830101'], 'กองทุนสวัสดิการชุมชนตำบลตลาดใหญ่'),
  moneyIn('welfare', 'phuket-talat-yai', 'open-1', '5000.00', '2022-05-01', 'member-contribution', undefined, 'm-1'),
  moneyIn('welfare', 'phuket-talat-yai', 'jf-2', '10.00', '2022-10-03', 'joining-fee', undefined, 'm-2'),
  moneyIn('welfare', 'phuket-talat-yai', 'ct-2', '360.00', '2022-10-03', 'member-contribution', undefined, 'm-2'),
  moneyIn('welfare', 'phuket-talat-yai', 'ct-3', '360.00', '2022-10-04', 'member-contribution', undefined, 'm-1'),
  moneyIn('welfare', 'phuket-talat-yai', 'ct-4', '30.00', '2022-11-04', 'member-contribution', undefined, 'm-1'),
  moneyIn('welfare', 'phuket-talat-yai', 'codi-1', '3000.00', '2022-12-01', 'matching', undefined, null),
  disbursement('welfare', 'phuket-talat-yai', 'p-1', '200.00', '2023-01-10', '830101', 'sickness'),
  disbursement('welfare', 'phuket-talat-yai', 'p-2', '3000.00', '2023-02-10', '830101', 'funeral'),
  disbursement('welfare', 'phuket-talat-yai', 'p-3', '150.00', '2023-02-11', '830101', 'office', 'administration'),
  reversal('welfare', 'phuket-talat-yai', 'rv-1', { type: 'money.disbursement.made', id: 'p-1' }, '200.00', '2023-01-12'),
];
