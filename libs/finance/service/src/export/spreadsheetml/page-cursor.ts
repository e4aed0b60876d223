/**
 * Rows of a paged source, taken a few at a time across page boundaries. It asks the source for
 * the next page only when the rows in hand are used up, so a page is fetched only when the
 * writer is ready for it: with a store's keyset pages, the database is read at the pace of
 * the download.
 */
export class PageCursor<Row> {
  private page: readonly Row[] = [];
  private at = 0;
  private done = false;

  constructor(private readonly source: AsyncIterator<readonly Row[]>) {}

  /** Whether a row is left, fetching the next non-empty page if the one in hand is used up. */
  async hasMore(): Promise<boolean> {
    while (this.at === this.page.length && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else [this.page, this.at] = [next.value, 0];
    }
    return !this.done;
  }

  /** Up to `most` rows of the page in hand (call `hasMore` first). */
  take(most: number): readonly Row[] {
    const rows = this.page.slice(this.at, this.at + most);
    this.at += rows.length;
    return rows;
  }

  /** Lets the source release what it holds (a store's generator runs its `finally`). */
  async close(): Promise<void> {
    this.done = true;
    await this.source.return?.();
  }
}
