const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for `YYYY-MM` (calendar days are the kernel's LocalDate). */
export function isIsoMonth(value: string): boolean {
  return monthPattern.test(value);
}
