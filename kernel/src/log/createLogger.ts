import pino, { type Logger, type LoggerOptions } from "pino";
import { redactPersonalData, redactString } from "./redact";

export type { Logger } from "pino";

export interface LoggerSettings {
  /** Service name stamped on every line, e.g. `clients` or `gateway`. */
  service: string;
  /** Pino level. Default `info`. */
  level?: LoggerOptions["level"];
  /** Where lines go. Default standard output; tests pass a stream to read them back. */
  destination?: pino.DestinationStream;
}

/** Structured JSON logs with personal data removed before a line is written. */
export function createLogger(settings: LoggerSettings): Logger {
  return pino(
    {
      level: settings.level ?? "info",
      base: { service: settings.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: "msg",
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => redactPersonalData(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          // The message itself may carry a code too (e.g. an error message echoing input).
          const redacted = args.map((arg) => (typeof arg === "string" ? redactString(arg) : arg)) as typeof args;
          method.apply(this, redacted);
        },
      },
      serializers: { err: (error: unknown) => redactPersonalData(error) },
    },
    settings.destination,
  );
}
