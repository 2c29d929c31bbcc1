/**
 * A calendar day (päivämäärä) with no time and no zone: what the GraphQL `Date` scalar carries and
 * what a PostgreSQL `date` column holds. It is a branded `YYYY-MM-DD` string rather than a small class
 * because that is already the shape everything around it speaks: JSON, SQL parameters (`$1::date`),
 * event payloads, cursors and the wire. Days order as strings do (`a < b`, `===`), so comparisons need
 * no helper, and nothing has to be converted at a boundary except to and from a JavaScript `Date`.
 * The brand makes the compiler keep an unchecked string out: a value becomes a LocalDate only through
 * {@link LocalDate.parse} (refuses a day not on the calendar), {@link LocalDate.fromDb}, {@link todayIn}
 * or arithmetic on another LocalDate.
 *
 * Arithmetic runs on UTC midnights, where every day is 24 hours long, so no time zone or daylight
 * saving change can shift a day; a zone matters only for which day it is now ({@link todayIn}).
 */
declare const localDateBrand: unique symbol;
export type LocalDate = string & { readonly [localDateBrand]: "LocalDate" };

const DAY_MS = 86_400_000;
const shape = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Years PostgreSQL and ISO 8601 agree on: PostgreSQL has no year 0 (`0000-01-01` is out of range)
 * and four digits are what the format allows.
 */
const firstYear = 1;
const lastYear = 9999;

/**
 * The UTC midnight beginning `day`, as `new Date(`${day}T00:00:00.000Z`)` reads it (a day past the
 * month's end rolls over into the next month, as there), counted from the calendar instead of parsed
 * from a string: deadlines' days left and every date written go through here. Anything not shaped
 * as a day with a month 1-12 and a day 1-31 is left to Date to refuse.
 */
function utcMidnight(day: string): Date {
  if (day.length === 10 && shape.test(day)) {
    const year = Number(day.slice(0, 4));
    const month = Number(day.slice(5, 7));
    const dayOfMonth = Number(day.slice(8, 10));
    if (month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31)
      return new Date(daysFromCivil(year, month, dayOfMonth) * DAY_MS);
  }
  return new Date(`${day}T00:00:00.000Z`);
}

/** Days from 1970-01-01 to the given day of the proleptic Gregorian calendar (H. Hinnant's days_from_civil), year 0 and later. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The UTC day of `date`, as `toISOString().slice(0, 10)` says it. Built from the date's fields for the
 * years a LocalDate has: `toISOString` costs several times as much, and the Date scalar and every
 * `@db.Date` column read go through here (a caseload converts two dates for each of its 79 clients).
 * Other years (and an invalid date, which throws) are left to `toISOString`.
 */
function dayOfUtc(date: Date): LocalDate {
  const year = date.getUTCFullYear();
  if (!(year >= firstYear && year <= lastYear)) return date.toISOString().slice(0, 10) as LocalDate;
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${year < 1000 ? String(year).padStart(4, "0") : year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}` as LocalDate;
}

/** Days in `month` (1-12) of `year` on the proleptic Gregorian calendar, as JavaScript's Date counts them. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * One formatter per time zone, and the day it last gave with the minute it gave it for: building an
 * `Intl.DateTimeFormat` costs a fraction of a millisecond and formatting with it tens of microseconds,
 * and every request of every subgraph asks for today, several times (a profile of the caseload found
 * it among the consents service's top costs, then at 0.7 % of the clients' and teams' CPU).
 */
const todays = new Map<string, { formatter: Intl.DateTimeFormat; minute: number; day: LocalDate }>();

/**
 * From here on every zone's offset from UTC is a whole number of minutes (the last offsets in seconds,
 * local mean times, ended in the 1970s), so a day begins at a minute's start and one UTC minute lies
 * within one day. Before it the day is formatted afresh.
 */
const MINUTE_ALIGNED_FROM = Date.UTC(2000, 0, 1);

/**
 * Today's calendar day in the given IANA time zone: a Finnish day (the county's, `Europe/Helsinki`)
 * begins at Finnish midnight, when UTC still says yesterday.
 */
export function todayIn(timeZone: string, now: Date = new Date()): LocalDate {
  let today = todays.get(timeZone);
  if (!today) {
    const formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    todays.set(timeZone, (today = { formatter, minute: Number.NaN, day: "" as LocalDate }));
  }
  const time = now.getTime();
  if (!(time >= MINUTE_ALIGNED_FROM)) return today.formatter.format(now) as LocalDate;
  const minute = Math.floor(time / 60_000);
  if (minute !== today.minute) {
    today.day = today.formatter.format(now) as LocalDate;
    today.minute = minute;
  }
  return today.day;
}

/** The day a `@db.Date` column holds: Prisma and `pg` read it as that day's UTC midnight (null stays null). */
function fromDb(date: Date): LocalDate;
function fromDb(date: Date | null): LocalDate | null;
function fromDb(date: Date | null): LocalDate | null {
  return date === null ? null : dayOfUtc(date);
}

export const LocalDate = {
  /** The day `text` names, or null unless it is exactly `YYYY-MM-DD`, on the calendar, in years 0001-9999. */
  parse(text: unknown): LocalDate | null {
    if (typeof text !== "string" || !shape.test(text)) return null;
    // Checked by the calendar's own rules rather than by a round trip through Date (which agrees:
    // localDate.test.ts compares them day by day); every Date the API answers is serialised through here.
    const year = Number(text.slice(0, 4));
    const month = Number(text.slice(5, 7));
    const day = Number(text.slice(8, 10));
    if (year < firstYear || year > lastYear || month < 1 || month > 12 || day < 1) return null;
    return day <= daysInMonth(year, month) ? (text as LocalDate) : null;
  },

  fromDb,

  /** What Prisma writes to a `@db.Date` column for `day`: its UTC midnight. */
  toDb(day: LocalDate): Date {
    return utcMidnight(day);
  },

  /** The day `days` after `day` (before it when negative). */
  addDays(day: LocalDate, days: number): LocalDate {
    return dayOfUtc(new Date(utcMidnight(day).getTime() + days * DAY_MS));
  },

  /** Calendar days from `from` to `to`: negative when `to` is earlier. */
  daysBetween(from: LocalDate, to: LocalDate): number {
    return Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / DAY_MS);
  },
};
