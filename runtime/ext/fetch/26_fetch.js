// fetch() (https://fetch.spec.whatwg.org/#fetch-method). JS builds the request and the
// Response; everything on the wire is `op_fetch` in Rust (ops.rs): the network, redirects,
// `file:` and `data:` URLs. A string URL without options skips the Request object.
//
// Aborting: the request's signal closes a cancel handle that the op races against, and
// after the response has arrived it errors the response body with the signal's reason.
// A network failure is `TypeError: fetch failed` whose `cause` is the error from Rust
// (`error sending request for url (...): ...`), as in Deno 2.
import { core, primordials } from "ext:core/mod.js";
import { op_fetch } from "ext:core/ops";
import { addAbortAlgorithm, AbortSignal, removeAbortAlgorithm } from "ext:x_ext_web/03_abort_signal.js";
import { resourceForReadableStream } from "ext:x_ext_streams/01_streams.js";
import { blobBytesCopy } from "ext:x_ext_fetch/10_blob.js";
import { blobForURL } from "ext:x_ext_fetch/11_blob_url.js";
import { bodyFromBytes, bodyFromResource } from "ext:x_ext_fetch/22_body.js";
import { innerRequestOf, newInnerRequest, Request, signalSourceOf } from "ext:x_ext_fetch/23_request.js";
import { isNullBodyStatus, newInnerResponse, responseFromInner } from "ext:x_ext_fetch/23_response.js";

const {
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  RegExpPrototypeTest,
  SafeRegExp,
  String,
  TypeError,
  uncurryThis,
} = primordials;

const BLOB_SCHEME = new SafeRegExp(/^[\u0000-\u0020]*blob:/i);

const AbortSignalPrototypeGetAborted = uncurryThis(ObjectGetOwnPropertyDescriptor(AbortSignal.prototype, "aborted").get);
const AbortSignalPrototypeGetReason = uncurryThis(ObjectGetOwnPropertyDescriptor(AbortSignal.prototype, "reason").get);
const ErrorPrototype = primordials.Error.prototype;

/** A network error from Rust (a plain `Error`) becomes Deno's `TypeError: fetch failed`. */
function fetchError(error) {
  if (typeof error === "object" && error !== null && ObjectGetPrototypeOf(error) === ErrorPrototype) {
    return new TypeError("fetch failed", { cause: error });
  }
  return error;
}

function fetch(input, init = undefined) {
  let request;
  let signal = null;
  try {
    if (typeof input === "string" && init === undefined) {
      // The common case: no Request object, no Headers, no signal.
      request = newInnerRequest("GET", input, [], null);
    } else {
      if (arguments.length < 1) throw new TypeError("Failed to execute 'fetch': 1 argument required, but only 0 present");
      const requestObject = new Request(input, init);
      request = innerRequestOf(requestObject);
      signal = signalSourceOf(requestObject);
    }
  } catch (error) {
    return PromiseReject(error);
  }
  if (signal !== null && AbortSignalPrototypeGetAborted(signal)) {
    return PromiseReject(AbortSignalPrototypeGetReason(signal));
  }

  if (RegExpPrototypeTest(BLOB_SCHEME, request.url)) return fetchBlobURL(request);

  let body = null;
  let bodyRid = null;
  if (request.body !== null) {
    body = request.body.sourceBytes();
    if (body === null) {
      bodyRid = resourceForReadableStream(request.body.stream);
    } else {
      request.body.consumed = true;
    }
  }

  let cancelRid = null;
  let responseBody = null;
  let abortAlgorithm = null;
  if (signal !== null) {
    cancelRid = core.createCancelHandle();
    abortAlgorithm = () => {
      core.tryClose(cancelRid);
      if (responseBody !== null) responseBody.abort(AbortSignalPrototypeGetReason(signal));
    };
    addAbortAlgorithm(signal, abortAlgorithm);
  }

  const pending = op_fetch({
    method: request.method,
    url: request.url,
    headers: request.headerList,
    body,
    bodyRid,
    redirect: request.redirect,
    cancelRid,
  });
  return PromisePrototypeThen(pending, (res) => {
    if (cancelRid !== null) core.tryClose(cancelRid);
    const inner = newInnerResponse(res.status, res.statusText, res.headers, null);
    inner.type = "basic";
    inner.urlList = [res.url];
    inner.redirected = res.redirected;
    if (isNullBodyStatus(res.status) || request.method === "HEAD") {
      core.tryClose(res.bodyRid);
      if (abortAlgorithm !== null) removeAbortAlgorithm(signal, abortAlgorithm);
    } else {
      inner.body = bodyFromResource(res.bodyRid);
      responseBody = inner.body;
    }
    return responseFromInner(inner, "immutable");
  }, (error) => {
    if (cancelRid !== null) core.tryClose(cancelRid);
    if (abortAlgorithm !== null) removeAbortAlgorithm(signal, abortAlgorithm);
    if (signal !== null && AbortSignalPrototypeGetAborted(signal)) throw AbortSignalPrototypeGetReason(signal);
    throw fetchError(error);
  });
}

/**
 * The blob URL scheme fetch (https://fetch.spec.whatwg.org/#scheme-fetch, "blob"): a GET of
 * a URL in the blob URL store answers 200 with the blob's bytes; anything else is a
 * network error. Range requests are not supported (the whole blob is sent).
 */
function fetchBlobURL(request) {
  // A Request resolved its blob URL when it was made; a bare string is resolved now.
  const blob = request.blobURLEntry !== undefined ? (request.blobURLEntry ?? undefined) : blobForURL(request.url);
  if (request.method !== "GET" || blob === undefined) {
    const why = request.method !== "GET" ? "only GET is allowed for blob: URLs" : "no blob is stored under that URL";
    return PromiseReject(new TypeError("fetch failed", { cause: new Error(`${why}: ${request.url}`) }));
  }
  const headers = [["content-length", String(blob.size)], ["content-type", blob.type]];
  const inner = newInnerResponse(200, "OK", headers, bodyFromBytes(blobBytesCopy(blob)));
  inner.type = "basic";
  inner.urlList = [request.url];
  return PromiseResolve(responseFromInner(inner, "immutable"));
}

export { fetch };
