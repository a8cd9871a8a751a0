/**
 * Name-based UUIDs using SHA-1 (version 5): {@linkcode generate} and
 * {@linkcode validate}.
 *
 * @module
 */
import { concatBytes, nameBasedUuid, uuidToBytes } from "./_common.ts";
import { validate as validateCommon } from "./common.ts";

const V5_REGEXP =
  /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Returns whether the string is a valid version 5 UUID.
 *
 * @example Usage
 * ```ts
 * import { validate } from "@std/uuid/v5";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(validate("7af94e2b-4dd9-50f0-9c9a-8a48519bdef0"));
 * assertFalse(validate(crypto.randomUUID()));
 * ```
 *
 * @param id The string to check.
 * @returns `true` if it is a version 5 UUID.
 */
export function validate(id: string): boolean {
  return V5_REGEXP.test(id);
}

/**
 * Generates a version 5 UUID: the SHA-1 hash of a namespace UUID and a
 * name. The same namespace and name always give the same UUID.
 *
 * @example Usage
 * ```ts
 * import { NAMESPACE_URL } from "@std/uuid/constants";
 * import { generate, validate } from "@std/uuid/v5";
 * import { assert } from "@std/assert";
 *
 * const data = new TextEncoder().encode("python.org");
 * const id = await generate(NAMESPACE_URL, data);
 * assert(validate(id));
 * ```
 *
 * @param namespace The namespace UUID.
 * @param data The name, as bytes.
 * @returns A version 5 UUID.
 * @throws {TypeError} If the namespace is not a valid UUID.
 */
export async function generate(
  namespace: string,
  data: Uint8Array,
): Promise<string> {
  if (!validateCommon(namespace)) {
    throw new TypeError(`Cannot generate UUID: invalid namespace ${namespace}`);
  }
  const bytes = concatBytes(uuidToBytes(namespace), data);
  const digest = await crypto.subtle.digest(
    "SHA-1",
    bytes as Uint8Array<ArrayBuffer>,
  );
  return nameBasedUuid(new Uint8Array(digest), 5);
}
