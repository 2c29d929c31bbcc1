import type { ClientPageQuery } from "../../../graphql/operations.generated";
import type { GraphQLErrorEntry } from "../../../graphql/executeOperation";

export type PageClient = NonNullable<ClientPageQuery["client"]>;

/** What every section of the client's page receives: the client as answered and the errors at their paths. */
export interface SectionProps {
  client: PageClient;
  errors: readonly GraphQLErrorEntry[];
}
