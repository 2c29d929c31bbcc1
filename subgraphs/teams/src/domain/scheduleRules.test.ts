import { meetingDayOf, optionalHttpsUrl, requirePlaceOrVideoLink, requireUpcomingStart } from "./scheduleRules";

const now = new Date("2026-12-05T12:00:00Z");

describe("scheduling rules of a network meeting", () => {
  it("takes a start after now and within a year", () => {
    expect(() => requireUpcomingStart("input.startsAt", new Date("2026-12-05T12:01:00Z"), now)).not.toThrow();
    expect(() => requireUpcomingStart("input.startsAt", new Date("2027-12-05T11:00:00Z"), now)).not.toThrow();
  });

  it.each([
    ["now", "2026-12-05T12:00:00Z", "past"],
    ["an hour ago", "2026-12-05T11:00:00Z", "past"],
    ["more than a year ahead", "2028-01-01T09:00:00Z", "too_far_ahead"],
  ])("refuses a start %s", (_what, startsAt, rule) => {
    expect(() => requireUpcomingStart("input.startsAt", new Date(startsAt), now)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "input.startsAt", rule }) }),
    );
  });

  it("places a meeting on the county's calendar day, not UTC's", () => {
    expect(meetingDayOf(new Date("2026-12-14T22:30:00Z"), "Europe/Helsinki")).toBe("2026-12-15");
    expect(meetingDayOf(new Date("2026-12-14T21:30:00Z"), "Europe/Helsinki")).toBe("2026-12-14");
  });

  it("takes only an absolute https link as a video link", () => {
    expect(optionalHttpsUrl("input.videoLink", "https://meet.example.fi/abc-123")).toBe("https://meet.example.fi/abc-123");
    expect(optionalHttpsUrl("input.videoLink", null)).toBeNull();
    for (const bad of ["http://meet.example.fi/x", "javascript:alert(1)", "meet.example.fi/x", "https://meet.example.fi/a b"])
      expect(() => optionalHttpsUrl("input.videoLink", bad)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ field: "input.videoLink", rule: "https_url" }) }),
      );
  });

  it("needs a place or a video link", () => {
    expect(() => requirePlaceOrVideoLink("Kirkkokatu 1", null)).not.toThrow();
    expect(() => requirePlaceOrVideoLink(null, "https://meet.example.fi/x")).not.toThrow();
    expect(() => requirePlaceOrVideoLink(null, null)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "input.place", rule: "place_or_video_link" }) }),
    );
  });
});
