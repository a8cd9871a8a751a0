// Blob URLs (https://w3c.github.io/FileAPI/#url-model): `URL.createObjectURL(blob)` puts the
// blob in this isolate's blob URL store under a new `blob:null/<uuid>` URL (null: a
// program run from the command line has an opaque origin, as in Deno), `fetch` of that
// URL answers with the blob, and `URL.revokeObjectURL` takes it out. The store holds the
// Blob itself: its bytes are immutable, so nothing is copied.
import { primordials } from "ext:core/mod.js";
import { op_crypto_random_uuid } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { URL } from "ext:x_ext_url/00_url.js";
import { isBlob } from "ext:x_ext_fetch/10_blob.js";

const { SafeMap, MapPrototypeDelete, MapPrototypeGet, MapPrototypeSet, StringPrototypeSlice, TypeError } = primordials;

const store = new SafeMap();

/**
 * The URL `string` names in the store. Resolving a blob URL (fetch) ignores the fragment;
 * revoking one does not (`excludeFragment` false): revokeObjectURL(url + "#x") removes
 * nothing, as the File API's "remove an entry" serializes the whole URL.
 */
function storeKey(string, excludeFragment = true) {
  let url;
  try {
    url = new URL(string);
  } catch {
    return null;
  }
  if (url.protocol !== "blob:") return null;
  const hash = url.hash;
  if (!excludeFragment || hash === "") return url.href;
  return StringPrototypeSlice(url.href, 0, url.href.length - hash.length);
}

function createObjectURL(obj) {
  const prefix = "Failed to execute 'createObjectURL' on 'URL'";
  webidl.requiredArguments(arguments.length, 1, prefix);
  if (!isBlob(obj)) throw new TypeError(`${prefix}: Argument 1 is not of type 'Blob'`);
  const url = `blob:null/${op_crypto_random_uuid()}`;
  MapPrototypeSet(store, url, obj);
  return url;
}

function revokeObjectURL(url) {
  const prefix = "Failed to execute 'revokeObjectURL' on 'URL'";
  webidl.requiredArguments(arguments.length, 1, prefix);
  const key = storeKey(webidl.converters.DOMString(url, prefix, "Argument 1"), false);
  if (key !== null) MapPrototypeDelete(store, key);
}

/** The Blob a `blob:` URL names, or undefined when it names none (never made or revoked). */
function blobForURL(url) {
  const key = storeKey(url);
  return key === null ? undefined : MapPrototypeGet(store, key);
}

export { blobForURL, createObjectURL, revokeObjectURL };
