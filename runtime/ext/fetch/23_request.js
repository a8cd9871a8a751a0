// Request (https://fetch.spec.whatwg.org/#request-class). The inner request is a plain
// record; the Headers object and the AbortSignal are made when first read. As in Deno,
// a stream body does not need `duplex: "half"`, there are no forbidden methods' CORS
// rules beyond the Fetch Standard's forbidden methods, and URLs may carry credentials.
import { primordials } from "ext:core/mod.js";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";
import { createDependentAbortSignal, isAbortSignal, newSignal } from "ext:x_ext_web/03_abort_signal.js";
import { URL } from "ext:x_ext_url/00_url.js";
import { TransformStream } from "ext:x_ext_streams/01_streams.js";
import {
  appendHeader,
  fillHeaders,
  getHeader,
  guardFromHeaders,
  hasHeader,
  headerListFromHeaders,
  headersFromHeaderList,
} from "ext:x_ext_fetch/20_headers.js";
import { bodyFromStream, extractBody, mixinBody } from "ext:x_ext_fetch/22_body.js";
import { blobForURL } from "ext:x_ext_fetch/11_blob_url.js";

const {
  ArrayPrototypePush,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectKeys,
  SafeRegExp,
  RegExpPrototypeTest,
  StringPrototypeStartsWith,
  StringPrototypeToUpperCase,
  Symbol,
  TypeError,
} = primordials;

const _request = Symbol("[[request]]");
const _headers = Symbol("[[headers]]");
const _signal = Symbol("[[signal]]");
/** The signal the request's signal follows (init's or the input request's), or null. */
const _signalSource = Symbol("signalSource");

const HTTP_TOKEN = new SafeRegExp(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/);

/** A new inner request for `url` (a serialized URL), with the spec's defaults. */
function newInnerRequest(method, url, headerList, body) {
  return {
    method,
    url,
    headerList,
    body,
    redirect: "follow",
    mode: "cors",
    credentials: "same-origin",
    cache: "default",
    referrer: "client",
    referrerPolicy: "",
    integrity: "",
    keepalive: false,
  };
}

function cloneInnerRequest(request, body) {
  const copy = newInnerRequest(request.method, request.url, [], body);
  const list = request.headerList;
  for (let i = 0; i < list.length; i++) ArrayPrototypePush(copy.headerList, [list[i][0], list[i][1]]);
  copy.redirect = request.redirect;
  copy.mode = request.mode;
  copy.credentials = request.credentials;
  copy.cache = request.cache;
  copy.referrer = request.referrer;
  copy.referrerPolicy = request.referrerPolicy;
  copy.integrity = request.integrity;
  copy.keepalive = request.keepalive;
  if (request.blobURLEntry !== undefined) copy.blobURLEntry = request.blobURLEntry;
  return copy;
}

// https://fetch.spec.whatwg.org/#concept-method-normalize
const NORMALIZED_METHODS = {
  __proto__: null,
  DELETE: "DELETE",
  GET: "GET",
  HEAD: "HEAD",
  OPTIONS: "OPTIONS",
  POST: "POST",
  PUT: "PUT",
};

function validateAndNormalizeMethod(method) {
  if (!RegExpPrototypeTest(HTTP_TOKEN, method)) throw new TypeError("Method is not valid");
  const upper = StringPrototypeToUpperCase(method);
  if (upper === "CONNECT" || upper === "TRACE" || upper === "TRACK") throw new TypeError("Method is forbidden");
  return NORMALIZED_METHODS[upper] ?? method;
}

/** The serialized URL of `input`, or a TypeError as Deno words it. */
function parseUrl(input) {
  try {
    return new URL(input).href;
  } catch {
    throw new TypeError(`Invalid URL: '${input}'`);
  }
}

const enumConverter = (name, values) => webidl.createEnumConverter(name, values);

const requestInitDict = webidl.createDictionaryConverter("RequestInit", [
  { key: "body", converter: webidl.converters.any },
  {
    key: "cache",
    converter: enumConverter("RequestCache", ["default", "no-store", "reload", "no-cache", "force-cache", "only-if-cached"]),
  },
  { key: "credentials", converter: enumConverter("RequestCredentials", ["omit", "same-origin", "include"]) },
  { key: "duplex", converter: enumConverter("RequestDuplex", ["half"]) },
  { key: "headers", converter: webidl.converters.any },
  { key: "integrity", converter: webidl.converters.DOMString },
  { key: "keepalive", converter: webidl.converters.boolean },
  { key: "method", converter: webidl.converters.ByteString },
  { key: "mode", converter: enumConverter("RequestMode", ["navigate", "same-origin", "no-cors", "cors"]) },
  { key: "priority", converter: enumConverter("RequestPriority", ["high", "low", "auto"]) },
  { key: "redirect", converter: enumConverter("RequestRedirect", ["follow", "error", "manual"]) },
  { key: "referrer", converter: webidl.converters.USVString },
  {
    key: "referrerPolicy",
    converter: enumConverter("ReferrerPolicy", [
      "",
      "no-referrer",
      "no-referrer-when-downgrade",
      "same-origin",
      "origin",
      "strict-origin",
      "origin-when-cross-origin",
      "strict-origin-when-cross-origin",
      "unsafe-url",
    ]),
  },
  {
    key: "signal",
    converter: (v, prefix, context) => {
      if (v === null) return null;
      if (!isAbortSignal(v)) throw webidl.makeException(TypeError, "is not of type 'AbortSignal'", prefix, context);
      return v;
    },
  },
  { key: "window", converter: webidl.converters.any },
]);

function isRequest(v) {
  return typeof v === "object" && v !== null && v[_request] !== undefined;
}

class Request {
  constructor(input, init = undefined) {
    const prefix = "Failed to construct 'Request'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    webidl.setBrand(this);
    const inputRequest = isRequest(input) ? input : null;
    if (inputRequest === null) input = webidl.converters.USVString(input, prefix, "Argument 1");
    init = requestInitDict(init, prefix, "Argument 2");

    let request;
    let signal = null;
    if (inputRequest === null) {
      request = newInnerRequest("GET", parseUrl(input), [], null);
      // A blob: URL is resolved now, not when fetched: revoking it after the Request was
      // made does not stop the fetch (Fetch, Request constructor, "blob URL entry").
      if (StringPrototypeStartsWith(request.url, "blob:")) request.blobURLEntry = blobForURL(request.url) ?? null;
    } else {
      request = cloneInnerRequest(inputRequest[_request], inputRequest[_request].body);
      signal = inputRequest[_signalSource];
    }
    const initNotEmpty = ObjectKeys(init).length > 0;
    if (initNotEmpty) {
      if (request.mode === "navigate") request.mode = "same-origin";
      request.referrer = "client";
      request.referrerPolicy = "";
    }
    if (init.referrer !== undefined) {
      const referrer = init.referrer;
      if (referrer === "") {
        request.referrer = "no-referrer";
      } else {
        let parsed;
        try {
          parsed = new URL(referrer).href;
        } catch {
          throw new TypeError(`${prefix}: Invalid referrer URL: '${referrer}'`);
        }
        request.referrer = parsed === "about:client" ? "client" : parsed;
      }
    }
    if (init.referrerPolicy !== undefined) request.referrerPolicy = init.referrerPolicy;
    if (init.mode === "navigate") throw new TypeError("Request mode 'navigate' is not allowed");
    if (init.mode !== undefined) request.mode = init.mode;
    if (init.credentials !== undefined) request.credentials = init.credentials;
    if (init.cache !== undefined) request.cache = init.cache;
    if (request.cache === "only-if-cached" && request.mode !== "same-origin") {
      throw new TypeError(`${prefix}: 'only-if-cached' can be set only with 'same-origin' mode`);
    }
    if (init.redirect !== undefined) request.redirect = init.redirect;
    if (init.integrity !== undefined) request.integrity = init.integrity;
    if (init.keepalive !== undefined) request.keepalive = init.keepalive;
    if (init.method !== undefined) request.method = validateAndNormalizeMethod(init.method);
    if (init.signal !== undefined) signal = init.signal;

    this[_request] = request;
    this[_signalSource] = signal;
    this[_signal] = null;
    this[_headers] = null;

    if (initNotEmpty) {
      const source = init.headers !== undefined ? init.headers : null;
      if (source !== null) {
        const headers = headersFromHeaderList([], "request");
        fillHeaders(headers, source, prefix);
        request.headerList = headerListFromHeaders(headers);
        this[_headers] = headers;
      }
    }

    const inputBody = inputRequest !== null ? inputRequest[_request].body : null;
    const hasInitBody = init.body !== undefined && init.body !== null;
    if ((hasInitBody || inputBody !== null) && (request.method === "GET" || request.method === "HEAD")) {
      throw new TypeError("Request with GET/HEAD method cannot have body");
    }
    let initBody = null;
    if (hasInitBody) {
      const extracted = extractBody(init.body);
      initBody = extracted.body;
      if (extracted.contentType !== null && !hasHeader(request.headerList, "content-type")) {
        if (this[_headers] !== null) appendHeader(this[_headers], "content-type", extracted.contentType);
        else ArrayPrototypePush(request.headerList, ["content-type", extracted.contentType]);
      }
    }
    let finalBody = initBody ?? inputBody;
    if (initBody === null && inputBody !== null) {
      if (inputBody.unusable()) throw new TypeError("Input request's body is unusable");
      // "Create a proxy": the new request reads the input's body through an identity
      // transform, which leaves the input's body used.
      const transform = new TransformStream();
      const readable = inputBody.stream.pipeThrough(transform);
      finalBody = bodyFromStream(readable, inputBody.length);
    }
    request.body = finalBody;
  }

  get method() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return this[_request].method;
  }

  get url() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return this[_request].url;
  }

  get headers() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    if (this[_headers] === null) this[_headers] = headersFromHeaderList(this[_request].headerList, "request");
    return this[_headers];
  }

  get destination() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return "";
  }

  get referrer() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    const referrer = this[_request].referrer;
    if (referrer === "no-referrer") return "";
    if (referrer === "client") return "about:client";
    return referrer;
  }

  get referrerPolicy() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return this[_request].referrerPolicy;
  }

  get mode() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return this[_request].mode;
  }

  get credentials() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return this[_request].credentials;
  }

  get cache() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return this[_request].cache;
  }

  get redirect() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return this[_request].redirect;
  }

  get integrity() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return this[_request].integrity;
  }

  get keepalive() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return this[_request].keepalive;
  }

  get isReloadNavigation() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return false;
  }

  get isHistoryNavigation() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return false;
  }

  get signal() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    if (this[_signal] === null) {
      const source = this[_signalSource];
      this[_signal] = source === null ? newSignal() : createDependentAbortSignal([source]);
    }
    return this[_signal];
  }

  get duplex() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    return "half";
  }

  clone() {
    if (!isRequest(this)) throw new TypeError("Illegal invocation");
    const request = this[_request];
    if (request.body !== null && request.body.unusable()) {
      throw new TypeError("Failed to execute 'clone' on 'Request': Body is unusable");
    }
    const body = request.body === null ? null : request.body.clone();
    const clonedRequest = cloneInnerRequest(request, body);
    const guard = this[_headers] === null ? "request" : guardFromHeaders(this[_headers]);
    return requestFromInner(clonedRequest, this[_signalSource], guard);
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("Request", this, ["bodyUsed", "headers", "method", "redirect", "url"], inspect, options);
  }
}

mixinBody(
  Request.prototype,
  (self) => self[_request].body,
  (self) => getHeader(self[_request].headerList, "content-type"),
  isRequest,
  "Request",
);
webidl.configureInterface(Request);
const RequestPrototype = Request.prototype;
// Defaults of every Request (the constructor sets all three; a server's requests, made
// by requestFromInner, keep these).
const REQUEST_SLOTS = [_signalSource, _signal, _headers];
for (let i = 0; i < REQUEST_SLOTS.length; i++) {
  ObjectDefineProperty(RequestPrototype, REQUEST_SLOTS[i], {
    __proto__: null,
    value: null,
    writable: true,
    configurable: true,
  });
}

/** A Request object over an inner request (a clone, or a server's incoming request). */
function requestFromInner(inner, signalSource, guard) {
  // `webidl.createBranded` without its defineProperty call: a server makes one per
  // request (the brand is a plain property, as in Deno).
  const request = ObjectCreate(RequestPrototype);
  request[webidl.brand] = webidl.brand;
  request[_request] = inner;
  if (signalSource !== null) request[_signalSource] = signalSource;
  if (guard !== "request") request[_headers] = headersFromHeaderList(inner.headerList, guard);
  return request;
}

function innerRequestOf(request) {
  return request[_request];
}

function signalSourceOf(request) {
  return request[_signalSource];
}

export {
  innerRequestOf,
  isRequest,
  newInnerRequest,
  parseUrl,
  Request,
  requestFromInner,
  RequestPrototype,
  signalSourceOf,
  validateAndNormalizeMethod,
};
