// Serving HTTP: the loop that takes requests from a Rust queue (lib.rs), hands each to a
// fetch-style handler as a `Request`, and sends its `Response` back. `Deno.serve` feeds
// the loop from hyper; the platform feeds it from the hypervisor and serves a module's
// `export default { fetch }` with `serveDefaultExport`. One loop, so a program answers
// the same locally and deployed.
import { core, primordials } from "ext:core/mod.js";
import {
  op_http_close,
  op_http_listen,
  op_http_next,
  op_http_queue_close,
  op_http_request_body,
  op_http_request_head,
  op_http_respond,
  op_http_respond_text,
  op_http_upgrade_websocket,
} from "ext:core/ops";
import { resourceForReadableStream } from "ext:x_ext_streams/01_streams.js";
import { bodyFromResource } from "ext:x_ext_fetch/22_body.js";
import { innerRequestOf, requestFromInner } from "ext:x_ext_fetch/23_request.js";
import {
  innerResponseOf,
  isResponse,
  newInnerResponse,
  Response,
  responseFromInner,
  TEXT_HEADER_LIST,
  // The content type of a string body, which `op_http_respond_text` implies.
  TEXT_PLAIN,
} from "ext:x_ext_fetch/23_response.js";
import { closeWithCode, createServerWebSocket, requestedProtocols } from "ext:x_ext_websocket/01_websocket.js";

const {
  ObjectFreeze,
  Promise,
  PromisePrototypeThen,
  PromiseResolve,
  SafeSet,
  SafeSetIterator,
  ObjectAssign,
  ObjectPrototypeIsPrototypeOf,
  SetPrototypeAdd,
  SetPrototypeDelete,
  Symbol,
  TypeError,
  Uint8Array,
  StringPrototypeIncludes,
  StringPrototypeToLowerCase,
} = primordials;

const EMPTY = new Uint8Array(0);
const asyncDispose = primordials.SymbolAsyncDispose ?? primordials.SymbolFor("Symbol.asyncDispose");
const INTERNAL_ERROR = "Internal Server Error";

/**
 * Sends `response` (a Response) as the answer to request `rid`; true when its body goes
 * out as a stream (still being written).
 */
function respond(rid, response) {
  const inner = innerResponseOf(response);
  let bytes = EMPTY;
  let sink = -1;
  const body = inner.body;
  if (body !== null) {
    const text = body.sourceText();
    if (text !== null) {
      // Straight into a Rust string: no Uint8Array made and copied on the way; and
      // `new Response(text)`'s only header is implied (null) rather than converted.
      const list = inner.headerList;
      let headers = list;
      if (list === TEXT_HEADER_LIST) {
        headers = null;
      } else if (list.length === 1) {
        const header = list[0];
        if (header[0] === "content-type" && header[1] === TEXT_PLAIN) headers = null;
      }
      op_http_respond_text(rid, inner.status, headers, text);
      return false;
    }
    const source = body.sourceBytes();
    if (source !== null) {
      bytes = source;
    } else {
      sink = resourceForReadableStream(body.stream);
    }
  }
  op_http_respond(rid, inner.status, inner.headerList, bytes, sink);
  return sink !== -1;
}

function respondInternalError(rid) {
  op_http_respond(rid, 500, [["content-type", TEXT_PLAIN]], core.encode(INTERNAL_ERROR), -1);
}

/** Reads the head of a queued request from Rust, once (see ServerInnerRequest). */
function headOf(inner) {
  let head = inner.head;
  if (head === null) {
    head = op_http_request_head(inner.rid);
    head.body = undefined;
    inner.head = head;
  }
  return head;
}

/**
 * The inner request (the shape `23_request.js` reads) of a queued request. Its method,
 * URL, headers and body come from Rust on first read, so a handler that never looks at
 * them costs no conversion; read first after the answer has gone out, they throw
 * "request closed" (as in Deno). The Fetch fields a server request never changes are
 * the defaults, on the prototype.
 */
class ServerInnerRequest {
  constructor(rid) {
    // `head` (null until read) and `bodyRid` start as the prototype's defaults: one own
    // property per request instead of three.
    this.rid = rid;
  }

  get method() {
    return headOf(this).method;
  }

  set method(value) {
    headOf(this).method = value;
  }

  get url() {
    return headOf(this).url;
  }

  set url(value) {
    headOf(this).url = value;
  }

  get headerList() {
    return headOf(this).headers;
  }

  set headerList(value) {
    headOf(this).headers = value;
  }

  get body() {
    const head = headOf(this);
    if (head.body === undefined) {
      // Taken only when asked for: a body nobody reads is dropped with the request.
      head.body = null;
      if (head.hasBody) {
        this.bodyRid = op_http_request_body(this.rid);
        head.body = bodyFromResource(this.bodyRid);
      }
    }
    return head.body;
  }

  set body(value) {
    headOf(this).body = value;
  }
}
const ServerInnerRequestPrototype = ServerInnerRequest.prototype;
ObjectAssign(ServerInnerRequestPrototype, {
  head: null,
  // The body's stream resource once something asked for the body (see releaseBody).
  bodyRid: -1,
  redirect: "follow",
  mode: "cors",
  credentials: "same-origin",
  cache: "default",
  referrer: "client",
  referrerPolicy: "",
  integrity: "",
  keepalive: false,
});

/**
 * After a whole answer has been handed over: a request body taken and not read to its
 * end is let go, so hyper can finish (or close) the connection instead of waiting for
 * it. A streamed answer may still be reading it (`new Response(request.body)`).
 */
function releaseBody(inner) {
  if (inner.bodyRid !== -1) {
    core.tryClose(inner.bodyRid);
    inner.bodyRid = -1;
  }
}

function headerIncludes(request, name, token) {
  const value = request.headers.get(name);
  return value !== null && StringPrototypeIncludes(StringPrototypeToLowerCase(value), token);
}

/** The server sockets not closed yet (see closeServerSockets). */
const openSockets = new SafeSet();

/**
 * Starts the closing handshake of every open server socket: `x serve` stopping on a
 * signal, whose event loop would otherwise wait for clients that keep their sockets open.
 */
function closeServerSockets(code, reason) {
  for (const socket of new SafeSetIterator(openSockets)) {
    closeWithCode(socket, code, reason);
  }
}

/**
 * `Deno.upgradeWebSocket(request, { protocol })`: the socket for a request that asked for
 * a WebSocket, and the 101 response the handler must return for it to open.
 */
function upgradeWebSocket(request, options = {}) {
  if (!headerIncludes(request, "upgrade", "websocket")) {
    throw new TypeError("Invalid Header: 'upgrade' header must contain 'websocket'");
  }
  if (!headerIncludes(request, "connection", "upgrade")) {
    throw new TypeError("Invalid Header: 'connection' header must contain 'Upgrade'");
  }
  const inner = innerRequestOf(request);
  if (!ObjectPrototypeIsPrototypeOf(ServerInnerRequest.prototype, inner) || !headOf(inner).upgrade) {
    throw new TypeError("This request cannot be upgraded: it did not come from Deno.serve");
  }
  // Over HTTP/2 (RFC 8441) the client sends no key: the stream itself is the socket.
  const overHttp2 = headOf(inner).websocketOverHttp2;
  const key = request.headers.get("sec-websocket-key");
  if (key === null && !overHttp2) {
    throw new TypeError("Invalid Header: 'sec-websocket-key' header must be set");
  }
  const rid = inner.rid;
  const protocol = options.protocol ?? "";
  if (protocol !== "") {
    const asked = requestedProtocols(request.headers.get("sec-websocket-protocol"));
    let found = false;
    for (let i = 0; i < asked.length; i++) if (asked[i] === protocol) found = true;
    if (!found) {
      throw new TypeError(`Protocol '${protocol}' not in the request's protocol list (non negotiable)`);
    }
  }
  const upgraded = op_http_upgrade_websocket(rid, key ?? "");
  const headers = overHttp2 ? [] : [
    ["upgrade", "websocket"],
    ["connection", "Upgrade"],
    ["sec-websocket-accept", upgraded.accept],
  ];
  if (protocol !== "") headers[headers.length] = ["sec-websocket-protocol", protocol];
  const inner101 = overHttp2
    ? newInnerResponse(200, "", headers, null)
    : newInnerResponse(101, "Switching Protocols", headers, null);
  const response = responseFromInner(inner101, "immutable");
  const socket = createServerWebSocket(upgraded.rid, protocol);
  SetPrototypeAdd(openSockets, socket);
  socket.addEventListener("close", () => SetPrototypeDelete(openSockets, socket));
  return { response, socket };
}

function defaultOnError(error) {
  // deno-lint-ignore no-console
  console.error(error);
  return new Response(INTERNAL_ERROR, { status: 500 });
}

const _complete = Symbol("complete");
// An option of `serve` for handlers that take no ServeInfo (a default export's fetch).
const _handlerIgnoresInfo = Symbol("handlerIgnoresInfo");

/**
 * The handler's second argument. Built lazily: most handlers never look at it, and on an
 * interpreter every object per request counts.
 */
class ServeInfo {
  #inner;
  #remoteAddr = null;
  #completed = null;
  #resolve = null;
  #done = false;

  constructor(inner) {
    this.#inner = inner;
  }

  get remoteAddr() {
    if (this.#remoteAddr === null) {
      const head = headOf(this.#inner);
      this.#remoteAddr = ObjectFreeze({ transport: "tcp", hostname: head.remoteHost ?? "", port: head.remotePort ?? 0 });
    }
    return this.#remoteAddr;
  }

  /** Settles once the response has been handed to the server. */
  get completed() {
    if (this.#completed === null) {
      this.#completed = new Promise((resolve) => (this.#resolve = resolve));
      if (this.#done) this.#resolve();
    }
    return this.#completed;
  }

  [_complete]() {
    this.#done = true;
    if (this.#resolve !== null) this.#resolve();
  }
}

/** Counts requests whose handler has not answered yet; `idle()` waits for none. */
class InFlight {
  count = 0;
  waiter = null;

  start() {
    this.count++;
  }

  end() {
    this.count--;
    if (this.count === 0 && this.waiter !== null) this.waiter.resolve();
  }

  idle() {
    if (this.count === 0) return PromiseResolve();
    if (this.waiter === null) {
      let resolve;
      const promise = new Promise((r) => (resolve = r));
      this.waiter = { promise, resolve };
    }
    return this.waiter.promise;
  }
}

/**
 * Serves queue `queueRid` with `handler(request, info)` until the queue ends; resolves
 * when every request taken has been answered. `onError(error)` turns a thrown or
 * rejected handler into a Response.
 */
async function serveQueue(queueRid, handler, onError = defaultOnError, wantsInfo = true) {
  const inFlight = new InFlight();
  while (true) {
    const batch = await op_http_next(queueRid);
    if (batch.length === 0) break;
    for (let i = 0; i < batch.length; i++) handleOne(batch[i], handler, onError, inFlight, wantsInfo);
  }
  await inFlight.idle();
}

/**
 * Runs the handler for one request; a handler that answers synchronously costs no promise.
 * `wantsInfo` false: the handler never sees a second argument (a default export's fetch
 * gets `env` and `ctx` there), so no ServeInfo is made.
 */
function handleOne(rid, handler, onError, inFlight, wantsInfo) {
  // `new ServerInnerRequest(rid)`, as a literal (the engine's cheapest new object).
  const inner = { __proto__: ServerInnerRequestPrototype, rid };
  const request = requestFromInner(inner, null, "request");
  const info = wantsInfo ? new ServeInfo(inner) : null;
  let result;
  try {
    result = handler(request, info);
  } catch (error) {
    inFlight.start();
    PromisePrototypeThen(answerError(inner, error, onError, info), () => inFlight.end());
    return;
  }
  if (isResponse(result)) {
    finish(inner, result, info);
    return;
  }
  inFlight.start();
  PromisePrototypeThen(
    PromiseResolve(result),
    (response) => {
      if (isResponse(response)) {
        finish(inner, response, info);
        inFlight.end();
        return;
      }
      const error = new TypeError(
        "Return value from serve handler must be a response or a promise resolving to a response",
      );
      PromisePrototypeThen(answerError(inner, error, onError, info), () => inFlight.end());
    },
    (error) => {
      PromisePrototypeThen(answerError(inner, error, onError, info), () => inFlight.end());
    },
  );
}

function finish(inner, response, info) {
  let streamed = false;
  try {
    streamed = respond(inner.rid, response);
  } catch (error) {
    // deno-lint-ignore no-console
    console.error(error);
    respondInternalError(inner.rid);
  }
  if (!streamed) releaseBody(inner);
  if (info !== null) info[_complete]();
}

async function answerError(inner, error, onError, info) {
  let response;
  try {
    response = await onError(error);
    if (!isResponse(response)) {
      throw new TypeError("Return value from onError handler must be a response or a promise resolving to a response");
    }
  } catch (secondError) {
    // deno-lint-ignore no-console
    console.error(secondError);
    respondInternalError(inner.rid);
    releaseBody(inner);
    if (info !== null) info[_complete]();
    return;
  }
  finish(inner, response, info);
}

function printListening(scheme, hostname, port) {
  const host = StringPrototypeIncludes(hostname, ":") ? `[${hostname}]` : hostname;
  const shown = hostname === "0.0.0.0" || hostname === "::"
    ? `${scheme}://${host}:${port}/ (${scheme}://localhost:${port}/)`
    : `${scheme}://${host}:${port}/`;
  // deno-lint-ignore no-console
  console.error(`Listening on ${shown}`);
}

/**
 * `Deno.serve(handler)`, `Deno.serve(options, handler)` or `Deno.serve({ handler, ...options })`.
 */
function serve(arg1, arg2) {
  let options;
  let handler;
  if (typeof arg1 === "function") {
    handler = arg1;
    options = arg2 ?? {};
  } else if (typeof arg2 === "function") {
    options = arg1 ?? {};
    handler = arg2;
  } else {
    options = arg1 ?? {};
    handler = options.handler;
  }
  if (typeof handler !== "function") {
    throw new TypeError("A handler function must be provided");
  }
  const hostname = options.hostname ?? "0.0.0.0";
  const port = options.port ?? 8000;
  if (typeof port !== "number" || port < 0 || port > 65535 || port % 1 !== 0) {
    throw new TypeError(`Invalid port: ${port}`);
  }
  let tls = null;
  if (options.cert !== undefined || options.key !== undefined) {
    if (typeof options.cert !== "string" || typeof options.key !== "string") {
      throw new TypeError("Deno.serve: 'cert' and 'key' must both be given, as PEM strings");
    }
    tls = [options.cert, options.key];
  }
  const listen = op_http_listen(hostname, port, tls);
  const addr = ObjectFreeze({ transport: "tcp", hostname: listen.hostname, port: listen.port });
  const onError = options.onError ?? defaultOnError;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    op_http_close(listen.serverRid);
  };
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) close();
    else signal.addEventListener("abort", close, { once: true });
  }
  const finished = PromisePrototypeThen(serveQueue(listen.queueRid, handler, onError, options[_handlerIgnoresInfo] !== true), () => {
    core.tryClose(listen.queueRid);
  });
  if (options.onListen) {
    options.onListen(addr);
  } else {
    printListening(listen.tls ? "https" : "http", addr.hostname, addr.port);
  }
  return {
    addr,
    finished,
    shutdown() {
      close();
      return finished;
    },
    ref() {},
    unref() {},
    [asyncDispose]() {
      close();
      return finished;
    },
  };
}

/**
 * The handler for a module whose `export default { fetch(request, env, ctx) }` serves
 * requests (the Workers / Deno Deploy shape), or null when it has none.
 */
function exportHandler(mod, env) {
  const target = mod?.default;
  if (target === null || typeof target !== "object" || typeof target.fetch !== "function") {
    return null;
  }
  const pending = new SafeSet();
  const ctx = ObjectFreeze({
    waitUntil(promise) {
      const p = PromiseResolve(promise);
      SetPrototypeAdd(pending, p);
      PromisePrototypeThen(p, () => SetPrototypeDelete(pending, p), () => SetPrototypeDelete(pending, p));
    },
    passThroughOnException() {},
  });
  const frozenEnv = ObjectFreeze({ ...env });
  return (request) => target.fetch(request, frozenEnv, ctx);
}

/** The platform's entry: serves queue `queueRid` with the module's default export. */
function serveDefaultExport(queueRid, mod, env) {
  const handler = exportHandler(mod, env);
  if (handler === null) return false;
  serveQueue(queueRid, handler, defaultOnError, false);
  return true;
}

/** `x serve`: listens on `hostname:port` and serves the module's default export. */
function serveModule(mod, hostname, port) {
  const handler = exportHandler(mod, {});
  if (handler === null) {
    throw new TypeError(
      "x serve needs the module to have a default export with a fetch method: export default { fetch(request) { ... } }",
    );
  }
  return serve({ hostname, port, [_handlerIgnoresInfo]: true }, handler);
}

function closeQueue(rid) {
  op_http_queue_close(rid);
}

export { closeQueue, closeServerSockets, serve, serveDefaultExport, serveModule, serveQueue, upgradeWebSocket };
