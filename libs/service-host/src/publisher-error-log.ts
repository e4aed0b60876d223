/** A publisher that cannot publish keeps its place and retries; saying why keeps a stalled topic from being a mystery. */
export const publisherErrorLog =
  (name: string) =>
  (error: unknown): void =>
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
