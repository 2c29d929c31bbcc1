/**
 * The demo county of the embedded hub: a small wellbeing services county (hyvinvointialue) and a
 * city, one family with a multidisciplinary client team, consents, FIT scores and trainings, and
 * five adults on the north area team's caseload whose FIT sessions fill the reports (sql/northAreaCaseload.ts).
 * Fixed ids, so the README's example queries work on every machine. All people are fictional.
 */
export const demoIds = {
  organizations: {
    familySocialServices: "0a000000-0000-4000-8000-000000000001",
    childProtection: "0a000000-0000-4000-8000-000000000002",
    familyCentre: "0a000000-0000-4000-8000-000000000003",
    cityEducation: "0a000000-0000-4000-8000-000000000004",
    ngo: "0a000000-0000-4000-8000-000000000005",
  },
  professionals: {
    socialWorker: "0b000000-0000-4000-8000-000000000001",
    schoolCurator: "0b000000-0000-4000-8000-000000000002",
    unitManager: "0b000000-0000-4000-8000-000000000003",
    familyCentreNurse: "0b000000-0000-4000-8000-000000000004",
    familyWorker: "0b000000-0000-4000-8000-000000000005",
  },
  teams: {
    virtanenClientTeam: "0c000000-0000-4000-8000-000000000001",
    northAreaTeam: "0c000000-0000-4000-8000-000000000002",
  },
  clients: {
    aino: "0d000000-0000-4000-8000-000000000001",
    eetu: "0d000000-0000-4000-8000-000000000002",
    juho: "0d000000-0000-4000-8000-000000000003",
  },
  courses: {
    managementBriefing: "0e000000-0000-4000-8000-000000000001",
    basic: "0e000000-0000-4000-8000-000000000002",
    trainer: "0e000000-0000-4000-8000-000000000003",
  },
} as const;

/** The demo users the hub prints development tokens for, with the claims of their tokens. */
export const demoUsers = [
  {
    key: "socialWorker",
    description: "social worker of the county's family social services, responsible worker of the Virtanen family",
    claims: {
      sub: demoIds.professionals.socialWorker,
      silta_kind: "professional",
      silta_org: demoIds.organizations.familySocialServices,
      roles: ["social_worker"],
    },
  },
  {
    key: "schoolCurator",
    description: "school curator of the city's education services (outside the county)",
    claims: {
      sub: demoIds.professionals.schoolCurator,
      silta_kind: "professional",
      silta_org: demoIds.organizations.cityEducation,
      roles: ["school_curator"],
    },
  },
  {
    key: "unitManager",
    description: "unit manager of the county's family social services",
    claims: {
      sub: demoIds.professionals.unitManager,
      silta_kind: "professional",
      silta_org: demoIds.organizations.familySocialServices,
      roles: ["manager"],
    },
  },
  {
    key: "client",
    description: "Aino Virtanen, a client",
    claims: { sub: demoIds.clients.aino, silta_kind: "client", roles: [] },
  },
  {
    key: "integration",
    description: "the client information system (asiakastietojärjestelmä) integration",
    claims: {
      sub: "client-information-system",
      silta_kind: "system",
      client_id: "client-information-system",
      scope: "clients:read webhooks:manage",
    },
  },
] as const;
