/**
 * Ids a person opened lately on this browser, newest first: relief names no list of declarations
 * or runs yet, so the page remembers the ones its user has worked with.
 */
export const recentIds = (kind: string) => {
  const key = `kongthun.recent.${kind}`;
  const all = (): string[] => JSON.parse(localStorage.getItem(key) ?? '[]') as string[];
  return {
    all,
    remember: (id: string): void => localStorage.setItem(key, JSON.stringify([id, ...all().filter((other) => other !== id)].slice(0, 8))),
  };
};
