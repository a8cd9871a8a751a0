/**
 * Generate and validate UUIDs (RFC 9562): time-based v1, name-based v3
 * (MD5) and v5 (SHA-1), random v4 and time-ordered v7, plus helpers for any
 * version.
 *
 * ```ts
 * import { v4, v5, NAMESPACE_URL, validate, version } from "@std/uuid";
 * import { assert, assertEquals } from "@std/assert";
 *
 * const id = await v5.generate(NAMESPACE_URL, new TextEncoder().encode("deno.land"));
 * assert(validate(id));
 * assertEquals(version(id), 5);
 * assert(v4.validate(crypto.randomUUID()));
 * ```
 *
 * @module
 */
export * from "./common.ts";
export * from "./constants.ts";
export * as v1 from "./v1.ts";
export * as v3 from "./v3.ts";
export * as v4 from "./v4.ts";
export * as v5 from "./v5.ts";
export * as v7 from "./v7.ts";
