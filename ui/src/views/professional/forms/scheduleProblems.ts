/**
 * What the form can tell before sending a schedule, by the hub's own rules and rule names
 * (ScheduleNetworkMeetingInput): a time ahead, somewhere to meet, and only an https video link.
 */
export function scheduleProblems(
  value: { date: string; time: string; startsAt: string | null; place: string; videoLink: string },
  now: Date,
): Record<string, string | undefined> {
  const link = value.videoLink.trim();
  return {
    date: value.date ? undefined : "required",
    time: value.time ? undefined : "required",
    startsAt: value.startsAt && new Date(value.startsAt).getTime() <= now.getTime() ? "past" : undefined,
    place: value.place.trim() || link ? undefined : "place_or_video_link",
    videoLink: link && !/^https:\/\/[^\s/]+\S*$/.test(link) ? "https_url" : undefined,
  };
}
