/**
 * What an input scalar parses a value it refuses into. Scalars cannot name the argument they are
 * parsing, and a coercion error is an HTTP 400 that the gateway cannot forward as it is; so the
 * scalar hands this marker on and {@link enforceInputRules} turns it into BAD_USER_INPUT naming the
 * argument and the rule, before any resolver sees it.
 */
export class InvalidInput {
  constructor(
    /** The rule the value broke: `date` or `date_time`. */
    readonly rule: string,
    /** What is wrong and what to send instead, without the argument's name (added by the caller). */
    readonly problem: string,
  ) {}
}
