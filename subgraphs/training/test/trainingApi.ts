import type { GraphQLResponse, SubgraphHarness } from "@silta/testkit";
import type { Viewer } from "@silta/kernel";

/** Small helpers the training tests share: run a mutation as a viewer and read its result or error. */
export function trainingApi(harness: SubgraphHarness, viewer: Viewer) {
  const run = async <Data>(query: string, variables: Record<string, unknown> = {}, as: Viewer = viewer) =>
    harness.query<Data>(query, variables, as);
  return {
    run,
    createCourse: (input: Record<string, unknown>, as?: Viewer) =>
      run<{ createCourse: { id: string; name: string; kind: string; level: string | null } }>(
        `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id name kind level providerKind } }`,
        { input },
        as,
      ),
    qualifyTrainer: (input: Record<string, unknown>, as?: Viewer) =>
      run<{ qualifyTrainer: { qualifiedSince: string; qualifiedUntil: string | null } }>(
        `mutation ($input: QualifyTrainerInput!) { qualifyTrainer(input: $input) { qualifiedSince qualifiedUntil professional { id } } }`,
        { input },
        as,
      ),
    createEvent: (input: Record<string, unknown>, as?: Viewer) =>
      run<{ createTrainingEvent: { id: string; capacity: number; trainers: { id: string }[] } }>(
        `mutation ($input: CreateTrainingEventInput!) { createTrainingEvent(input: $input) { id date capacity online place trainers { id } course { id } } }`,
        { input },
        as,
      ),
    enroll: (input: Record<string, unknown>, as?: Viewer) =>
      run<{ enroll: { id: string; event: { enrolledCount: number } } }>(
        `mutation ($input: EnrollInput!) { enroll(input: $input) { id event { enrolledCount } professional { id } } }`,
        { input },
        as,
      ),
    recordCompletion: (input: Record<string, unknown>, as?: Viewer) =>
      run<{
        recordCompletion: {
          id: string;
          completedOn: string;
          attended: boolean;
          completed: boolean;
          certificate: string | null;
          course: { id: string };
          event: { id: string } | null;
        };
      }>(
        `mutation ($input: RecordCompletionInput!) { recordCompletion(input: $input) { id completedOn attended completed certificate course { id } event { id } } }`,
        { input },
        as,
      ),
    configureUnit: (input: Record<string, unknown>, as?: Viewer) =>
      run<{ configureRolloutUnit: { unitId: string } }>(
        `mutation ($input: ConfigureRolloutUnitInput!) { configureRolloutUnit(input: $input) { unitId service region isTarget } }`,
        { input },
        as,
      ),
    professionals: (ids: string[], as?: Viewer) =>
      run<{
        _entities: {
          id: string;
          fitTrainingLevel: string | null;
          isFitTrainer: boolean;
          trainings: { completedOn: string; course: { name: string } }[];
        }[];
      }>(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Professional { id fitTrainingLevel isFitTrainer trainings { completedOn course { name } } } } }`,
        { representations: ids.map((id) => ({ __typename: "Professional", id })) },
        as,
      ),
  };
}

/** The first error's code, field and rule, for assertions that name what went wrong. */
export function errorOf(response: GraphQLResponse<unknown>): { code: unknown; field?: unknown; rule?: unknown } | undefined {
  const error = response.errors?.[0];
  if (!error) return undefined;
  const { code, field, rule } = error.extensions ?? {};
  return { code, ...(field !== undefined ? { field } : {}), ...(rule !== undefined ? { rule } : {}) };
}
