/**
 * Entity tags: make one for content or a file with {@linkcode eTag}, and
 * check the `If-Match` and `If-None-Match` request headers against it with
 * {@linkcode ifMatch} and {@linkcode ifNoneMatch}.
 *
 * @module
 */
import { encodeBase64 } from "../encoding/base64.ts";

/** What {@linkcode eTag} needs of a file's information. */
export interface FileInfo {
  /** The last modification time, if known. */
  mtime: Date | null;
  /** The size in bytes. */
  size: number;
}

/** Options for {@linkcode eTag}. */
export interface ETagOptions {
  /**
   * The digest algorithm for the tag.
   *
   * @default {"SHA-256"}
   */
  algorithm?: AlgorithmIdentifier;
  /**
   * Whether to make a weak tag (`W/"..."`). Defaults to `true` for file
   * information and `false` for content.
   */
  weak?: boolean;
}

const encoder = new TextEncoder();

function isFileInfo(value: unknown): value is FileInfo {
  return value !== null && typeof value === "object" && "mtime" in value &&
    "size" in value && !(value instanceof Uint8Array);
}

async function digest(
  data: Uint8Array,
  algorithm: AlgorithmIdentifier,
): Promise<string> {
  const hash = await crypto.subtle.digest(
    algorithm,
    data as Uint8Array<ArrayBuffer>,
  );
  return encodeBase64(hash).substring(0, 27);
}

/**
 * Makes an entity tag: for content (a string or bytes), a strong tag from
 * its length and digest; for file information, a weak tag from its size and
 * modification time (`undefined` when that is not known).
 *
 * @example Usage
 * ```ts
 * import { eTag } from "@std/http/etag";
 * import { assert } from "@std/assert";
 *
 * const tag = await eTag("hello deno");
 * assert(tag.startsWith('"a-'));
 * const fileTag = await eTag({ mtime: new Date(0), size: 10 });
 * assert(fileTag?.startsWith('W/"a-'));
 * ```
 *
 * @param entity The content, or a file's information.
 * @param options The algorithm and weakness.
 * @returns The tag.
 */
export function eTag(
  entity: string | Uint8Array,
  options?: ETagOptions,
): Promise<string>;
/**
 * Makes a weak entity tag for a file from its size and modification time.
 *
 * @example Usage
 * ```ts ignore
 * import { eTag } from "@std/http/etag";
 *
 * const tag = await eTag(await Deno.stat("README.md"));
 * ```
 *
 * @param entity A file's information.
 * @param options The algorithm and weakness.
 * @returns The tag, or `undefined` if the modification time is not known.
 */
export function eTag(
  entity: FileInfo,
  options?: ETagOptions,
): Promise<string | undefined>;
/**
 * Makes an entity tag for content or a file's information.
 *
 * @example Usage
 * ```ts
 * import { eTag } from "@std/http/etag";
 *
 * await eTag(new Uint8Array([1, 2, 3]));
 * ```
 *
 * @param entity The content, or a file's information.
 * @param options The algorithm and weakness.
 * @returns The tag, or `undefined`.
 */
export function eTag(
  entity: string | Uint8Array | FileInfo,
  options?: ETagOptions,
): Promise<string | undefined>;
export async function eTag(
  entity: string | Uint8Array | FileInfo,
  options: ETagOptions = {},
): Promise<string | undefined> {
  const algorithm = options.algorithm ?? "SHA-256";
  let tag: string | undefined;
  let weak: boolean;
  if (isFileInfo(entity)) {
    weak = options.weak ?? true;
    if (!entity.mtime) return undefined;
    const hash = await digest(encoder.encode(entity.mtime.toJSON()), algorithm);
    tag = `${entity.size.toString(16)}-${hash}`;
  } else {
    weak = options.weak ?? false;
    const data = typeof entity === "string" ? encoder.encode(entity) : entity;
    tag = `${data.length.toString(16)}-${await digest(data, algorithm)}`;
  }
  return weak ? `W/"${tag}"` : `"${tag}"`;
}

function parseTags(value: string): string[] {
  return value.split(",").map((tag) => tag.trim()).filter((tag) => tag !== "");
}

/**
 * Returns whether an `If-Match` header value matches the tag (strong
 * comparison: weak tags never match). Without a header value, or without a
 * tag, it is `false`.
 *
 * @example Usage
 * ```ts
 * import { ifMatch } from "@std/http/etag";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assert(ifMatch('"a", "b"', '"b"'));
 * assert(ifMatch("*", '"b"'));
 * assertFalse(ifMatch('W/"b"', 'W/"b"'));
 * ```
 *
 * @param value The `If-Match` header value.
 * @param etag The current tag of the resource.
 * @returns `true` if the tag matches.
 */
export function ifMatch(
  value: string | null,
  etag: string | undefined,
): boolean {
  if (!value || !etag || etag.startsWith("W/")) return false;
  if (value.trim() === "*") return true;
  return parseTags(value).includes(etag);
}

/**
 * Returns whether the resource should be sent for an `If-None-Match`
 * header value: `false` when the value matches the tag (weak comparison),
 * so a `304 Not Modified` can be answered instead.
 *
 * @example Usage
 * ```ts
 * import { ifNoneMatch } from "@std/http/etag";
 * import { assert, assertFalse } from "@std/assert";
 *
 * assertFalse(ifNoneMatch('W/"a"', '"a"'));
 * assertFalse(ifNoneMatch("*", '"a"'));
 * assert(ifNoneMatch('"b"', '"a"'));
 * assert(ifNoneMatch(null, '"a"'));
 * ```
 *
 * @param value The `If-None-Match` header value.
 * @param etag The current tag of the resource.
 * @returns `true` if the resource should be sent.
 */
export function ifNoneMatch(
  value: string | null,
  etag: string | undefined,
): boolean {
  if (!value || !etag) return true;
  if (value.trim() === "*") return false;
  const strip = (tag: string) => tag.startsWith("W/") ? tag.slice(2) : tag;
  const current = strip(etag);
  return !parseTags(value).some((tag) => strip(tag) === current);
}
