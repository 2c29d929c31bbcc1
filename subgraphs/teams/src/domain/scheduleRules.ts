import { badUserInput, LocalDate, todayIn } from "@silta/kernel";

/** How far ahead a meeting may be scheduled: a year, so a mistyped year is caught. */
const MAX_DAYS_AHEAD = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A scheduled meeting begins after now and at most a year ahead. */
export function requireUpcomingStart(field: string, startsAt: Date, now: Date): void {
  if (startsAt.getTime() <= now.getTime())
    throw badUserInput(
      field,
      "past",
      `${field} must be in the future: a meeting already held is recorded with recordNetworkMeeting.`,
    );
  if (startsAt.getTime() - now.getTime() > MAX_DAYS_AHEAD * DAY_MS)
    throw badUserInput(field, "too_far_ahead", `${field} must be at most ${MAX_DAYS_AHEAD} days ahead.`);
}

/** The county's calendar day on which a meeting starting at `startsAt` is held. */
export function meetingDayOf(startsAt: Date, timeZone: string): LocalDate {
  return todayIn(timeZone, startsAt);
}

/**
 * A video link is followed by every participant, so only an absolute https URL is taken: no
 * `javascript:` or plain-http link can reach a family through the hub.
 */
export function optionalHttpsUrl(field: string, value: string | null): string | null {
  if (value === null) return null;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (url === null || url.protocol !== "https:" || url.hostname === "" || /\s/.test(value))
    throw badUserInput(field, "https_url", `${field} must be an https:// link, e.g. https://meet.example.fi/abc-123.`);
  return value;
}

/** The invited must know where to go: a place, a video link or both. */
export function requirePlaceOrVideoLink(place: string | null, videoLink: string | null): void {
  if (place === null && videoLink === null)
    throw badUserInput(
      "input.place",
      "place_or_video_link",
      "A scheduled meeting needs input.place (where it is held) or input.videoLink (a video meeting's link), or both.",
    );
}
