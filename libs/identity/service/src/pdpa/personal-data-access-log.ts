/**
 * One read of a person's personal data (PDPA): who read it, in what role, when, which record and
 * why. Holds no personal data itself: the subject is named by its record's key.
 */
export interface PersonalDataAccess {
  /** The record read, e.g. `welfare/<fundId>/<memberId>`. */
  subject: string;
  accessedAt: string;
  userId: string;
  role: string;
  reason: string;
  /** The route that disclosed it, e.g. `GET /api/welfare/funds/:fundId/members/:memberId/personal-data`. */
  route: string;
}

export interface AccessPage {
  items: (PersonalDataAccess & { sequence: number })[];
  nextCursor: string | null;
}

/** Append-only: nothing here changes or removes an entry. */
export interface PersonalDataAccessLog {
  append(access: PersonalDataAccess): Promise<void>;
  /** A subject's accesses, oldest first, after the `cursor` of the page before. */
  list(subject: string, limit: number, cursor?: string): Promise<AccessPage>;
}

export const PERSONAL_DATA_ACCESS_LOG = Symbol('identity.personal-data-access-log');

export class InMemoryPersonalDataAccessLog implements PersonalDataAccessLog {
  private readonly entries: (PersonalDataAccess & { sequence: number })[] = [];

  async append(access: PersonalDataAccess): Promise<void> {
    this.entries.push(Object.freeze({ ...access, sequence: this.entries.length + 1 }));
  }

  async list(subject: string, limit: number, cursor?: string): Promise<AccessPage> {
    const after = cursor === undefined ? 0 : Number(cursor);
    const matching = this.entries.filter((entry) => entry.subject === subject && entry.sequence > after);
    const items = matching.slice(0, limit).map((entry) => ({ ...entry }));
    return { items, nextCursor: matching.length > limit ? String(items[items.length - 1].sequence) : null };
  }
}
