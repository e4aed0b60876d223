/** The BE fiscal year (October–September) of a day: 1 Oct 2022 CE opens fiscal 2566. */
export const fiscalYearOf = (isoDay: string): number => {
  const [year, month] = isoDay.split('-').map(Number);
  return year + 543 + (month >= 10 ? 1 : 0);
};
