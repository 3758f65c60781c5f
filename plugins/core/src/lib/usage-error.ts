/** A command-line mistake: the command prints the message and its usage, and exits 2 (no stack trace). */
export class UsageError extends Error {
  override name = "UsageError"
}
