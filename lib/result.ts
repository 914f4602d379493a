/**
 * Errors as values (docs/architecture.md, "Errors"): what an operation that can fail returns,
 * with a message that says what went wrong and what was kept.
 */
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;

export interface Failure {
  ok: false;
  message: string;
}

/** The text of anything thrown: an Error's message, or the value itself. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
