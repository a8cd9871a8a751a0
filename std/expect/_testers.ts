/**
 * Internal registry of custom equality testers (`expect.addEqualityTesters`).
 *
 * @module
 */
import type { Tester } from "./_types.ts";

const KEY = Symbol.for("@std/expect/customTesters");

/**
 * The registered custom equality testers.
 *
 * @returns The testers.
 */
export function getCustomTesters(): Tester[] {
  // deno-lint-ignore no-explicit-any
  const g = globalThis as any;
  g[KEY] ??= [];
  return g[KEY];
}

/**
 * Registers custom equality testers.
 *
 * @param testers The testers to add.
 */
export function addCustomTesters(testers: Tester[]): void {
  getCustomTesters().push(...testers);
}
