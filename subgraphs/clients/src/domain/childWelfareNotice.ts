import { badUserInput } from "@silta/kernel";

/** Concern.kind of a child welfare notice (lastensuojeluilmoitus). */
export const CHILD_WELFARE_NOTICE = "CHILD_WELFARE_NOTICE";
/** The service a notice goes to, whose deadline rule it takes. */
export const NOTICE_SERVICE = "child_protection";

export interface NoticeShape {
  clientId: string | null;
  familyId: string | null;
  raisedByClientId: string | null;
  teamId: string | null;
  responsibleProfessionalId: string | null;
  service: string;
}

/**
 * What a child welfare notice must look like: about one child (not a family), raised by the
 * professional themself, to child protection, naming no team or responsible professional (the
 * raiser need not know them, and must not learn them). Child protection assigns those.
 */
export function checkNoticeShape(notice: NoticeShape): void {
  if (!notice.clientId || notice.familyId)
    throw badUserInput(
      "input.clientId",
      "notice_about_child",
      "A child welfare notice is about one child: give input.clientId only.",
    );
  if (notice.service !== NOTICE_SERVICE)
    throw badUserInput(
      "input.service",
      "notice_service",
      `A child welfare notice goes to child protection: input.service must be ${NOTICE_SERVICE}.`,
    );
  for (const [field, value] of [
    ["input.raisedByClientId", notice.raisedByClientId],
    ["input.teamId", notice.teamId],
    ["input.responsibleProfessionalId", notice.responsibleProfessionalId],
  ] as const)
    if (value)
      throw badUserInput(
        field,
        "not_for_notice",
        `${field} is not given with a child welfare notice; child protection decides it.`,
      );
}

/** Whether someone born on `birthDate` is a minor on `day` (under 18); an unknown birth date counts as a minor (the duty to notify wins). */
export function isMinorOn(birthDate: string | null, day: string): boolean {
  if (!birthDate) return true;
  const [year, rest] = [Number(birthDate.slice(0, 4)), birthDate.slice(4)];
  return `${year + 18}${rest}` > day;
}
