// Apollo's tracer and span names, so traces read as they did under Apollo's executor.
import { OpenTelemetrySpanNames, tracer } from "@apollo/gateway/dist/utilities/opentelemetry";
import { context, SpanStatusCode, trace, type Attributes, type Span } from "@opentelemetry/api";

/**
 * OpenTelemetry spans of the gateway (docs/gateway.md): `gateway.request`, `gateway.plan` and one
 * `gateway.fetch` per subgraph call, under Apollo's tracer name. Without an SDK registered every
 * span is a non-recording no-op: then the request starts one and nothing else, so a gateway that
 * does not trace pays for no span, context switch or attribute per fetch.
 */
export async function inRequestSpan<T extends { errors?: readonly unknown[] }>(
  attributes: () => Attributes,
  run: (traced: boolean) => Promise<T>,
): Promise<T> {
  const span = tracer.startSpan(OpenTelemetrySpanNames.REQUEST);
  if (!span.isRecording()) {
    span.end();
    return run(false);
  }
  span.setAttributes(attributes());
  return context.with(trace.setSpan(context.active(), span), () =>
    traced(
      span,
      () => run(true),
      (result) => !!result.errors?.length,
    ),
  );
}

/** A child span around `run` when the request is traced. */
export function inSpan<T>(tracing: boolean, name: "plan" | "fetch", attributes: Attributes, run: () => Promise<T>): Promise<T> {
  if (!tracing) return run();
  const spanName = name === "plan" ? OpenTelemetrySpanNames.PLAN : OpenTelemetrySpanNames.FETCH;
  return tracer.startActiveSpan(spanName, { attributes }, (span) => traced(span, run, () => false));
}

async function traced<T>(span: Span, run: () => Promise<T>, failed: (result: T) => boolean): Promise<T> {
  try {
    const result = await run();
    if (failed(result)) span.setStatus({ code: SpanStatusCode.ERROR });
    return result;
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}
