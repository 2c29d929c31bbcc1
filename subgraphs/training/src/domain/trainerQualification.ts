/** A trainer's qualification as stored: ISO dates, `until` inclusive and null while valid. */
export interface Qualification {
  qualifiedSince: string;
  qualifiedUntil: string | null;
}

/** Whether the qualification covers the day (the first and the last day included). */
export function isQualifiedOn(qualification: Qualification | null | undefined, day: string): boolean {
  if (!qualification) return false;
  return qualification.qualifiedSince <= day && (qualification.qualifiedUntil === null || day <= qualification.qualifiedUntil);
}
