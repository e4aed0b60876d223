/** Each word's first letter, the rest hidden: `นายบุญมี ทองดี` → `นxxxxxx ทxxxx`. */
export const maskedName = (name: string): string =>
  name
    .split(/\s+/)
    .map((word) => {
      const letters = [...word];
      return letters[0] + 'x'.repeat(letters.length - 1);
    })
    .join(' ');

/** Only the last two digits: `080-000-0101` → `xxx-xxx-xx01`. */
export const maskedPhone = (phone: string | null): string | null => {
  if (phone === null) return null;
  const digits = phone.replace(/\D/g, '');
  return `${'x'.repeat(Math.max(digits.length - 2, 0))}${digits.slice(-2)}`.replace(/^(.{3})(.{3})(.*)$/, '$1-$2-$3');
};
