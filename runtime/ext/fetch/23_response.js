// Response (https://fetch.spec.whatwg.org/#response-class). The inner response is a
// plain record; a network response keeps its header list as the op returned it and its
// body as a resource until something asks for more.
import { primordials } from "ext:core/mod.js";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";
import {
  fillHeaders,
  getHeader,
  guardFromHeaders,
  hasHeader,
  headersFromHeaderList,
} from "ext:x_ext_fetch/20_headers.js";
import { bodyFromString, extractBody, mixinBody } from "ext:x_ext_fetch/22_body.js";
import { parseUrl } from "ext:x_ext_fetch/23_request.js";

const {
  ArrayPrototypePush,
  JSONStringify,
  ObjectDefineProperty,
  ObjectFreeze,
  RangeError,
  SafeRegExp,
  RegExpPrototypeTest,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  Symbol,
  TypeError,
} = primordials;

const _response = Symbol("[[response]]");
const _headers = Symbol("[[headers]]");
const _guard = Symbol("guard");

// https://fetch.spec.whatwg.org/#null-body-status
function isNullBodyStatus(status) {
  return status === 101 || status === 103 || status === 204 || status === 205 || status === 304;
}

function isRedirectStatus(status) {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

const REASON_PHRASE = new SafeRegExp(/^[\t\u0020-\u007E\u0080-\u00FF]*$/);

// A response's URL list is replaced whole (by fetch), never changed in place: the ones
// made here can share one empty list instead of each allocating its own.
const NO_URLS = ObjectFreeze([]);
const BRAND = webidl.brand;

// The fields of an inner response that a response made here seldom changes, as the
// prototype of every inner response: a server makes one response per request, and on an
// interpreter each property added to a new object costs. Writing one (fetch setting the
// URL list, clone copying the type) makes it the record's own. Not frozen: a frozen
// prototype's properties could not be overridden by assignment.
const INNER_RESPONSE_DEFAULTS = { __proto__: null, type: "default", statusText: "", urlList: NO_URLS, redirected: false };

function newInnerResponse(status, statusText, headerList, body) {
  const inner = { __proto__: INNER_RESPONSE_DEFAULTS, status, headerList, body };
  if (statusText !== "") inner.statusText = statusText;
  return inner;
}

// The content type a string body implies (`ext/fetch`'s extractBody).
const TEXT_PLAIN = "text/plain;charset=UTF-8";

/**
 * The header list of every `new Response(text)`, shared until something may change it:
 * the `headers` getter gives the response its own copy first. Frozen, so a writer that
 * missed that step throws instead of changing every such response.
 */
const TEXT_HEADER_LIST = ObjectFreeze([ObjectFreeze(["content-type", TEXT_PLAIN])]);

const responseInitDict = webidl.createDictionaryConverter("ResponseInit", [
  { key: "headers", converter: webidl.converters.any },
  {
    key: "status",
    converter: (v, prefix, context) => webidl.converters["unsigned short"](v, prefix, context),
    defaultValue: 200,
  },
  { key: "statusText", converter: webidl.converters.ByteString, defaultValue: "" },
]);

function isResponse(v) {
  return typeof v === "object" && v !== null && v[_response] !== undefined;
}

/** https://fetch.spec.whatwg.org/#initialize-a-response */
function initializeResponse(response, init, body) {
  const status = init.status;
  if (status !== 101 && (status < 200 || status > 599)) {
    throw new RangeError(`The status provided (${status}) is not equal to 101 and outside the range [200, 599]`);
  }
  if (!RegExpPrototypeTest(REASON_PHRASE, init.statusText)) {
    throw new TypeError(`Invalid status text: "${init.statusText}"`);
  }
  const inner = response[_response];
  inner.status = status;
  inner.statusText = init.statusText;
  if (init.headers !== undefined) {
    const headers = headersFromHeaderList(inner.headerList, "response");
    fillHeaders(headers, init.headers, "Failed to construct 'Response'");
    response[_headers] = headers;
  }
  if (body !== null) {
    if (isNullBodyStatus(status)) throw new TypeError("Response with null body status cannot have body");
    inner.body = body.body;
    if (body.contentType !== null && !hasHeader(inner.headerList, "content-type")) {
      ArrayPrototypePush(inner.headerList, ["content-type", body.contentType]);
    }
  }
}

class Response {
  constructor(body = null, init = undefined) {
    if (init === undefined && (body === null || typeof body === "string")) {
      // `new Response(text)`, what most handlers answer with: no init to convert or
      // check, so the per-request path skips the dictionary and status checks, and the
      // brand is a plain property (as in Deno) rather than a defineProperty call.
      // `_headers` (null) and `_guard` ("response") are the prototype's defaults.
      this[BRAND] = BRAND;
      this[_response] = body === null
        ? newInnerResponse(200, "", [], null)
        : newInnerResponse(200, "", TEXT_HEADER_LIST, bodyFromString(body));
      return;
    }
    const prefix = "Failed to construct 'Response'";
    webidl.setBrand(this);
    init = responseInitDict(init, prefix, "Argument 2");
    this[_response] = newInnerResponse(200, "", [], null);
    const extracted = body === null || body === undefined ? null : extractBody(body);
    initializeResponse(this, init, extracted);
  }

  static error() {
    const inner = newInnerResponse(0, "", [], null);
    inner.type = "error";
    return responseFromInner(inner, "immutable");
  }

  static redirect(url, status = 302) {
    const prefix = "Failed to execute 'redirect' on 'Response'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    url = webidl.converters.USVString(url, prefix, "Argument 1");
    status = webidl.converters["unsigned short"](status, prefix, "Argument 2");
    const parsedURL = parseUrl(url);
    if (!isRedirectStatus(status)) throw new RangeError(`Invalid redirect status code: ${status}`);
    const inner = newInnerResponse(status, "", [["location", parsedURL]], null);
    return responseFromInner(inner, "immutable");
  }

  static json(data, init = undefined) {
    const prefix = "Failed to execute 'json' on 'Response'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    init = responseInitDict(init, prefix, "Argument 2");
    const text = JSONStringify(data);
    if (text === undefined) throw new TypeError(`${prefix}: The data is not JSON serializable`);
    const response = webidl.createBranded(Response);
    response[_response] = newInnerResponse(200, "", [], null);
    initializeResponse(response, init, { body: bodyFromString(text), contentType: "application/json" });
    return response;
  }

  get type() {
    if (!isResponse(this)) throw new TypeError("Illegal invocation");
    return this[_response].type;
  }

  get url() {
    if (!isResponse(this)) throw new TypeError("Illegal invocation");
    const urlList = this[_response].urlList;
    if (urlList.length === 0) return "";
    const url = urlList[urlList.length - 1];
    const hash = StringPrototypeIndexOf(url, "#");
    return hash === -1 ? url : StringPrototypeSlice(url, 0, hash);
  }

  get redirected() {
    if (!isResponse(this)) throw new TypeError("Illegal invocation");
    return this[_response].redirected || this[_response].urlList.length > 1;
  }

  get status() {
    if (!isResponse(this)) throw new TypeError("Illegal invocation");
    return this[_response].status;
  }

  get ok() {
    if (!isResponse(this)) throw new TypeError("Illegal invocation");
    const status = this[_response].status;
    return status >= 200 && status <= 299;
  }

  get statusText() {
    if (!isResponse(this)) throw new TypeError("Illegal invocation");
    return this[_response].statusText;
  }

  get headers() {
    if (!isResponse(this)) throw new TypeError("Illegal invocation");
    if (this[_headers] === null) {
      const inner = this[_response];
      if (inner.headerList === TEXT_HEADER_LIST) inner.headerList = [["content-type", TEXT_PLAIN]];
      this[_headers] = headersFromHeaderList(inner.headerList, this[_guard]);
    }
    return this[_headers];
  }

  clone() {
    if (!isResponse(this)) throw new TypeError("Illegal invocation");
    const inner = this[_response];
    if (inner.body !== null && inner.body.unusable()) {
      throw new TypeError("Failed to execute 'clone' on 'Response': Body is unusable");
    }
    const copy = newInnerResponse(inner.status, inner.statusText, [], inner.body === null ? null : inner.body.clone());
    const list = inner.headerList;
    for (let i = 0; i < list.length; i++) ArrayPrototypePush(copy.headerList, [list[i][0], list[i][1]]);
    copy.type = inner.type;
    copy.urlList = inner.urlList;
    copy.redirected = inner.redirected;
    const guard = this[_headers] === null ? this[_guard] : guardFromHeaders(this[_headers]);
    return responseFromInner(copy, guard);
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes(
      "Response",
      this,
      ["body", "bodyUsed", "headers", "ok", "redirected", "status", "statusText", "url"],
      inspect,
      options,
    );
  }
}

mixinBody(
  Response.prototype,
  (self) => self[_response].body,
  (self) => getHeader(self[_response].headerList, "content-type"),
  isResponse,
  "Response",
);
webidl.configureInterface(Response);
const ResponsePrototype = Response.prototype;
// Defaults of every Response: a new one sets only its brand and inner response.
ObjectDefineProperty(ResponsePrototype, _headers, { __proto__: null, value: null, writable: true, configurable: true });
ObjectDefineProperty(ResponsePrototype, _guard, {
  __proto__: null,
  value: "response",
  writable: true,
  configurable: true,
});

/** A Response object over an inner response, its Headers (made later) with `guard`. */
function responseFromInner(inner, guard) {
  const response = webidl.createBranded(Response);
  response[_response] = inner;
  if (guard !== "response") response[_guard] = guard;
  return response;
}

function innerResponseOf(response) {
  return response[_response];
}

export {
  innerResponseOf,
  isNullBodyStatus,
  isResponse,
  newInnerResponse,
  Response,
  responseFromInner,
  ResponsePrototype,
  TEXT_HEADER_LIST,
  TEXT_PLAIN,
};
