/**
 * Name-based UUIDs using MD5 (version 3): {@linkcode generate} and
 * {@linkcode validate}.
 *
 * @module
 */
import { concatBytes, nameBasedUuid, uuidToBytes } from "./_common.ts";
import { md5 } from "./_md5.ts";
import { validate as validateCommon } from "./common.ts";

const V3_REGEXP =
  /^[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Returns whether the string is a valid version 3 UUID.
 *
 * @example Usage
 * ```ts
 * import { validate } from "@std/uuid/v3";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(validate("22b5e9e7-c8d3-3ba8-8f1a-0e5b0d5b8e3a"));
 * assertFalse(validate(crypto.randomUUID()));
 * ```
 *
 * @param id The string to check.
 * @returns `true` if it is a version 3 UUID.
 */
export function validate(id: string): boolean {
  return V3_REGEXP.test(id);
}

/**
 * Generates a version 3 UUID: the MD5 hash of a namespace UUID and a name.
 * The same namespace and name always give the same UUID.
 *
 * @example Usage
 * ```ts
 * import { NAMESPACE_URL } from "@std/uuid/constants";
 * import { generate, validate } from "@std/uuid/v3";
 * import { assert } from "@std/assert";
 *
 * const data = new TextEncoder().encode("python.org");
 * const id = await generate(NAMESPACE_URL, data);
 * assert(validate(id));
 * ```
 *
 * @param namespace The namespace UUID.
 * @param data The name, as bytes.
 * @returns A version 3 UUID.
 * @throws {TypeError} If the namespace is not a valid UUID.
 */
export function generate(
  namespace: string,
  data: Uint8Array,
): Promise<string> {
  try {
    if (!validateCommon(namespace)) {
      throw new TypeError(
        `Cannot generate UUID: invalid namespace ${namespace}`,
      );
    }
    const bytes = concatBytes(uuidToBytes(namespace), data);
    return Promise.resolve(nameBasedUuid(md5(bytes), 3));
  } catch (error) {
    return Promise.reject(error);
  }
}
