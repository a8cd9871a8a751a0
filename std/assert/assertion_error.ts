/**
 * The error class thrown by failed assertions.
 *
 * @module
 */

/**
 * Error thrown when an assertion fails.
 *
 * @example Usage
 * ```ts
 * import { AssertionError } from "@std/assert/assertion-error";
 *
 * try {
 *   throw new AssertionError("foo", { cause: "bar" });
 * } catch (error) {
 *   if (error instanceof AssertionError) {
 *     error.message === "foo"; // true
 *   }
 * }
 * ```
 */
export class AssertionError extends Error {
  /**
   * Constructs a new instance.
   *
   * @param message The error message.
   * @param options Additional options (such as `cause`).
   */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "AssertionError";
  }
}
