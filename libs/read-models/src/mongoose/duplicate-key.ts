const DUPLICATE_KEY = 11000;

const codeOf = (error: unknown): unknown => (typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined);

export const isDuplicateKey = (error: unknown): boolean => codeOf(error) === DUPLICATE_KEY;

/**
 * Awaits an unordered bulk write whose only acceptable failures are duplicate keys, i.e. documents a
 * newer revision already wrote (see `upsertUnlessNewer`); any other failure is rethrown.
 */
export const ignoringNewerDocuments = async (bulkWrite: Promise<unknown>): Promise<void> => {
  try {
    await bulkWrite;
  } catch (error) {
    const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
    const errors = Array.isArray(writeErrors) ? writeErrors : writeErrors === undefined ? [error] : [writeErrors];
    if (!errors.every(isDuplicateKey)) throw error;
  }
};
