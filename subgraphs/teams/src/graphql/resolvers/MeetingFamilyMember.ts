import type { MeetingFamilyMemberResolvers } from "./../types.generated";

export const MeetingFamilyMember: MeetingFamilyMemberResolvers = {
  client: (parent) => (parent.clientId ? { id: parent.clientId } : null),
};
