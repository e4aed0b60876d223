import { api } from '../api';

/** The fund overview the welfare service answers (`GET /api/welfare/funds/:fundId`). */
export interface FundOverview {
  fundId: string;
  name: string;
  areaCode: string;
  foundedOn: string;
  members: Record<string, number>;
  claims: Record<string, number>;
  receivedBySource: Record<string, string>;
  benefitsPaid: string;
  adminSpent: string;
  balance: string;
}

export interface MemberRow {
  memberId: string;
  status: string;
  planId: string;
  enrolledOn: string;
  paidThrough: string | null;
  missedMonths: number;
}

export interface StatementClaim {
  claimId: string;
  benefit: string;
  eventDate: string;
  amount: string;
  status: string;
  payout: { payoutId: string; reversed: boolean } | null;
}

export interface MemberStatement {
  memberId: string;
  status: string;
  planId: string;
  enrolledOn: string;
  paidThrough: string | null;
  contributions: number;
  arrears: { months: number; amount: string };
  claims: StatementClaim[];
}

export interface AwaitingClaim {
  claimId: string;
  memberId: string;
  benefit: string;
  eventDate: string;
  amount: string;
  approverIds: string[];
}

export const fundPath = (fundId: string): string => `/api/welfare/funds/${encodeURIComponent(fundId)}`;

export const fundOverview = (fundId: string): Promise<FundOverview> => api('GET', fundPath(fundId));

/** Every member of the fund, page by page (the sheet needs them all). */
export const allMembers = async (fundId: string): Promise<MemberRow[]> => {
  const members: MemberRow[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page: { items: MemberRow[]; nextCursor: string | null } = await api('GET', `${fundPath(fundId)}/members?limit=200${query}`);
    members.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return members;
};
