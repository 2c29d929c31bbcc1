import { EPISODE_PAGE_QUERY, SESSION_PAGE_QUERY, type FitEpisodeData, type FitSessionData } from "./fhirOperations";
import { GATEWAY_ERROR_CODES } from "./gatewayErrorCodes";
import type { GraphQLAnswer, RunGraphQL } from "./fhirRoutes";

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}
type EpisodeNode = { id: string; sessions: Page<FitSessionData> | null };

/**
 * A searchset is complete or refused, never short: past this many operations the search is refused
 * as too costly instead of answered with the pages read so far.
 */
export const MAX_FIT_PAGES = 200;

/**
 * Reads every FIT episode and session of one client, page by page through the gateway as the caller,
 * and answers as one operation would: `data.client.fitEpisodes` flattened to episodes with all their
 * sessions. The first answer with an error is handed back as it is, so refusals keep their meaning.
 */
export async function readAllFitEpisodes(patientId: string, run: RunGraphQL): Promise<GraphQLAnswer> {
  const episodes: FitEpisodeData[] = [];
  let operations = 0;
  const next = async (query: string, variables: Record<string, unknown>) => {
    operations += 1;
    if (operations > MAX_FIT_PAGES) return tooMany();
    const answer = await run(query, variables);
    return answer.body.errors?.length ? answer : { answer };
  };

  let client: { id: string } | null = null;
  let after: string | null = null;
  do {
    const read: GraphQLAnswer | { answer: GraphQLAnswer } = await next(EPISODE_PAGE_QUERY, { id: patientId, after });
    if (!("answer" in read)) return read;
    const found = read.answer.body.data?.["client"] as { id: string; fitEpisodes: Page<EpisodeNode> | null } | null;
    if (!found) return read.answer;
    client = { id: found.id };
    const page = found.fitEpisodes;
    if (!page) break;
    for (const { node } of page.edges) {
      const sessions = node.sessions?.edges.map((edge) => edge.node) ?? [];
      let sessionPage = node.sessions?.pageInfo;
      while (sessionPage?.hasNextPage) {
        const more: GraphQLAnswer | { answer: GraphQLAnswer } = await next(SESSION_PAGE_QUERY, {
          id: node.id,
          after: sessionPage.endCursor,
        });
        if (!("answer" in more)) return more;
        const episode = more.answer.body.data?.["fitEpisode"] as { sessions: Page<FitSessionData> } | null;
        sessions.push(...(episode?.sessions.edges.map((edge) => edge.node) ?? []));
        sessionPage = episode?.sessions.pageInfo;
      }
      episodes.push({ id: node.id, sessions });
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { status: 200, body: { data: { client: client && { ...client, fitEpisodes: episodes } } } };
}

function tooMany(): GraphQLAnswer {
  return {
    status: 200,
    body: {
      errors: [
        {
          message: `The client's FIT data needs more than ${MAX_FIT_PAGES} pages; read it through the GraphQL API a page at a time.`,
          extensions: { code: GATEWAY_ERROR_CODES.operationLimit },
        },
      ],
    },
  };
}
