/** A valid citizen ID numbered `n` in Chumphon's range (check digit computed): the Chumphon demo's people. */
export const chumphonCitizenId = (n: number): string => {
  const base = `3860100${String(n).padStart(5, '0')}`;
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * (13 - i), 0);
  return `${base}${(11 - (sum % 11)) % 10}`;
};
