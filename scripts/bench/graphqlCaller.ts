import { Agent, request } from "undici";

export interface GraphqlAnswer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

/**
 * Posts GraphQL to the gateway over a keep-alive pool, as a UI or an integration would: one pool for
 * the whole benchmark, with room for the most concurrent requests it sends.
 */
export class GraphqlCaller {
  private readonly agent = new Agent({ connections: 64, keepAliveTimeout: 60_000 });

  constructor(private readonly url: string) {}

  async post(token: string, query: string, variables: Record<string, unknown>): Promise<GraphqlAnswer> {
    const response = await request(this.url, {
      method: "POST",
      dispatcher: this.agent,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-silta-purpose": "benchmark" },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.body.text();
    try {
      return JSON.parse(text) as GraphqlAnswer;
    } catch {
      return { errors: [{ message: `HTTP ${response.statusCode}: ${text.slice(0, 200)}` }] };
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}

/** The error codes of an answer, each once per error, with the reason when there is one (`FORBIDDEN/decision_unavailable`). */
export function errorCodes(answer: GraphqlAnswer): string[] {
  return (answer.errors ?? []).map((error) => {
    const code = error.extensions?.code ?? "NO_CODE";
    return error.extensions?.reason ? `${code}/${error.extensions.reason}` : code;
  });
}
