// WebSockets (https://websockets.spec.whatwg.org/): the `WebSocket` class, and the server
// sockets `Deno.upgradeWebSocket` makes (`createServerWebSocket`), both over one Rust
// resource (ops.rs) that sends frames in order and hands over received messages one at a
// time. Also `MessageEvent` and `CloseEvent`, the events they fire.
import { core, primordials } from "ext:core/mod.js";
import { op_ws_check_permission, op_ws_close, op_ws_connect, op_ws_next_event, op_ws_send_binary, op_ws_send_text } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";
import { DOMException } from "ext:x_ext_web/01_dom_exception.js";
import { defineEventHandler, dispatchTrusted, ErrorEvent, Event, EventTarget } from "ext:x_ext_web/02_event.js";
import { blobBytes, createBlob, isBlob } from "ext:x_ext_fetch/10_blob.js";
import { URL } from "ext:x_ext_url/00_url.js";

const {
  ArrayBufferIsView,
  ArrayIsArray,
  ArrayPrototypeSome,
  ObjectDefineProperties,
  PromisePrototypeThen,
  SafeSet,
  SetPrototypeAdd,
  SetPrototypeHas,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  StringPrototypeTrim,
  Symbol,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeSlice,
  Uint8Array,
} = primordials;

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

// ---------------------------------------------------------------------------------------
// MessageEvent and CloseEvent

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, eventInitDict = undefined) {
    const prefix = "Failed to construct 'MessageEvent'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    super(type, eventInitDict);
    const init = eventInitDict ?? {};
    this.#data = init.data === undefined ? null : init.data;
    this.#origin = init.origin === undefined ? "" : webidl.converters.USVString(init.origin);
    this.#lastEventId = init.lastEventId === undefined ? "" : webidl.converters.DOMString(init.lastEventId);
    this.#source = init.source ?? null;
    this.#ports = init.ports === undefined ? [] : [...init.ports];
  }

  get data() {
    return this.#data;
  }

  get origin() {
    return this.#origin;
  }

  get lastEventId() {
    return this.#lastEventId;
  }

  get source() {
    return this.#source;
  }

  get ports() {
    return this.#ports;
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("MessageEvent", this, ["type", "data", "origin", "lastEventId"], inspect, options);
  }
}
webidl.configureInterface(MessageEvent);

class CloseEvent extends Event {
  #wasClean;
  #code;
  #reason;

  constructor(type, eventInitDict = undefined) {
    const prefix = "Failed to construct 'CloseEvent'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    super(type, eventInitDict);
    const init = eventInitDict ?? {};
    this.#wasClean = init.wasClean === undefined ? false : webidl.converters.boolean(init.wasClean);
    this.#code = init.code === undefined ? 0 : webidl.converters["unsigned short"](init.code, prefix, "code");
    this.#reason = init.reason === undefined ? "" : webidl.converters.USVString(init.reason);
  }

  get wasClean() {
    return this.#wasClean;
  }

  get code() {
    return this.#code;
  }

  get reason() {
    return this.#reason;
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("CloseEvent", this, ["type", "wasClean", "code", "reason"], inspect, options);
  }
}
webidl.configureInterface(CloseEvent);

// ---------------------------------------------------------------------------------------
// WebSocket

const _serverKey = Symbol("serverWebSocket");
let socketState; // (value) => the socket's internal slots, or undefined

function state(self) {
  const s = socketState(self);
  if (s === undefined) throw new TypeError("Illegal invocation");
  return s;
}

/** `url` as a WebSocket URL (http: becomes ws:), or a SyntaxError DOMException. */
function parseSocketUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new DOMException(`Failed to construct 'WebSocket': The URL '${url}' is invalid.`, "SyntaxError");
  }
  if (parsed.protocol === "http:") parsed.protocol = "ws:";
  else if (parsed.protocol === "https:") parsed.protocol = "wss:";
  if (parsed.protocol !== "ws:" && parsed.protocol !== "wss:") {
    throw new DOMException(
      `Failed to construct 'WebSocket': The URL's scheme must be either 'http', 'https', 'ws', or 'wss'. '${parsed.protocol}' is not allowed.`,
      "SyntaxError",
    );
  }
  if (parsed.hash !== "" || parsed.href.endsWith("#")) {
    throw new DOMException("Failed to construct 'WebSocket': The URL contains a fragment identifier.", "SyntaxError");
  }
  return parsed.href;
}

function parseProtocols(protocols) {
  if (protocols === undefined) return [];
  const list = ArrayIsArray(protocols) ? protocols : [protocols];
  const seen = new SafeSet();
  const out = [];
  for (let i = 0; i < list.length; i++) {
    const protocol = webidl.converters.DOMString(list[i]);
    if (protocol === "" || SetPrototypeHas(seen, StringPrototypeToLowerCase(protocol))) {
      throw new DOMException(
        `Failed to construct 'WebSocket': The subprotocol '${protocol}' is invalid or duplicated.`,
        "SyntaxError",
      );
    }
    SetPrototypeAdd(seen, StringPrototypeToLowerCase(protocol));
    out[out.length] = protocol;
  }
  return out;
}

class WebSocket extends EventTarget {
  #s = {
    url: "",
    rid: -1,
    readyState: CONNECTING,
    protocol: "",
    extensions: "",
    binaryType: "blob",
    // close() before the connection opened: the code and reason to close with once it does.
    pendingClose: null,
  };

  constructor(url, protocols = undefined) {
    super();
    if (url === _serverKey) {
      // A server socket (createServerWebSocket): the HTTP server shakes hands.
      return;
    }
    const prefix = "Failed to construct 'WebSocket'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    const s = this.#s;
    s.url = parseSocketUrl(webidl.converters.USVString(url, prefix, "Argument 1"));
    const wanted = parseProtocols(protocols);
    op_ws_check_permission(s.url);
    PromisePrototypeThen(
      op_ws_connect(s.url, wanted),
      (connected) => {
        s.rid = connected.rid;
        s.protocol = connected.protocol;
        s.extensions = connected.extensions;
        if (wanted.length > 0 && !ArrayPrototypeSome(wanted, (p) => p === connected.protocol)) {
          failConnection(this, s, "the server chose no subprotocol the socket asked for");
          return;
        }
        opened(this, s);
      },
      (error) => failConnection(this, s, error?.message ?? String(error)),
    );
  }

  static {
    socketState = (v) => (v !== null && typeof v === "object" && #s in v ? v.#s : undefined);
  }

  get url() {
    return state(this).url;
  }

  get readyState() {
    return state(this).readyState;
  }

  get protocol() {
    return state(this).protocol;
  }

  get extensions() {
    return state(this).extensions;
  }

  /** Bytes queued and not yet sent; the socket's task takes them at once, so 0. */
  get bufferedAmount() {
    state(this);
    return 0;
  }

  get binaryType() {
    return state(this).binaryType;
  }

  set binaryType(value) {
    const s = state(this);
    value = webidl.converters.DOMString(value);
    if (value === "blob" || value === "arraybuffer") s.binaryType = value;
  }

  send(data) {
    const s = state(this);
    const prefix = "Failed to execute 'send' on 'WebSocket'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    if (s.readyState === CONNECTING) {
      throw new DOMException(`${prefix}: Still in CONNECTING state.`, "InvalidStateError");
    }
    if (s.readyState !== OPEN) return;
    if (typeof data === "string") {
      op_ws_send_text(s.rid, data);
    } else if (isBlob(data)) {
      op_ws_send_binary(s.rid, blobBytes(data));
    } else if (ArrayBufferIsView(data)) {
      op_ws_send_binary(s.rid, viewBytes(data));
    } else if (core.isArrayBuffer(data)) {
      op_ws_send_binary(s.rid, new Uint8Array(data));
    } else {
      op_ws_send_text(s.rid, webidl.converters.USVString(data, prefix, "Argument 1"));
    }
  }

  close(code = undefined, reason = undefined) {
    const s = state(this);
    const prefix = "Failed to execute 'close' on 'WebSocket'";
    if (code !== undefined) {
      code = webidl.converters["unsigned short"](code, prefix, "Argument 1", { clamp: true });
      if (code !== 1000 && (code < 3000 || code > 4999)) {
        throw new DOMException(
          `${prefix}: The close code must be either 1000, or between 3000 and 4999. ${code} is neither.`,
          "InvalidAccessError",
        );
      }
    }
    if (reason !== undefined) {
      reason = webidl.converters.USVString(reason, prefix, "Argument 2");
      if (TypedArrayPrototypeGetByteLength(core.encode(reason)) > 123) {
        throw new DOMException(`${prefix}: The close reason must not be greater than 123 UTF-8 bytes.`, "SyntaxError");
      }
    }
    startClosing(s, code ?? (reason !== undefined ? 1000 : 0), reason ?? "");
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes(
      "WebSocket",
      this,
      ["url", "readyState", "protocol", "extensions", "binaryType", "bufferedAmount"],
      inspect,
      options,
    );
  }
}
for (const name of ["open", "message", "error", "close"]) defineEventHandler(WebSocket.prototype, name);
const constants = {
  CONNECTING: { value: CONNECTING, enumerable: true },
  OPEN: { value: OPEN, enumerable: true },
  CLOSING: { value: CLOSING, enumerable: true },
  CLOSED: { value: CLOSED, enumerable: true },
};
ObjectDefineProperties(WebSocket, constants);
ObjectDefineProperties(WebSocket.prototype, constants);
webidl.configureInterface(WebSocket);

function viewBytes(view) {
  // A DataView or any typed array: the bytes it views, without a copy (the op copies).
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** The closing handshake, for close() and the server; `code` 0 sends none. */
function startClosing(s, code, reason) {
  if (s.readyState === CLOSING || s.readyState === CLOSED) return;
  const wasConnecting = s.readyState === CONNECTING;
  s.readyState = CLOSING;
  if (wasConnecting) {
    s.pendingClose = { code: code === 0 ? 1000 : code, reason };
    return;
  }
  op_ws_close(s.rid, code, reason);
}

/**
 * Closes `socket` with any code, also those a program may not send itself (the server
 * going away sends 1001).
 */
function closeWithCode(socket, code, reason) {
  startClosing(state(socket), code, reason);
}

/** The connection is up: fire "open" (unless close() came first) and start reading. */
function opened(socket, s) {
  if (s.pendingClose !== null) {
    // close() while connecting: the handshake is answered with a close at once.
    op_ws_close(s.rid, s.pendingClose.code, s.pendingClose.reason);
  } else {
    s.readyState = OPEN;
    dispatchTrusted(socket, new Event("open"));
  }
  readEvents(socket, s);
}

function failConnection(socket, s, message) {
  if (s.rid !== -1) core.tryClose(s.rid);
  s.readyState = CLOSED;
  dispatchTrusted(socket, new ErrorEvent("error", { message }));
  dispatchTrusted(socket, new CloseEvent("close", { wasClean: false, code: 1006, reason: "" }));
}


/** Takes the socket's events one at a time and dispatches them, until it closes. */
async function readEvents(socket, s) {
  while (true) {
    let event;
    try {
      event = await op_ws_next_event(s.rid);
    } catch {
      event = null;
    }
    if (event === null) {
      if (s.readyState !== CLOSED) {
        s.readyState = CLOSED;
        dispatchTrusted(socket, new CloseEvent("close", { wasClean: false, code: 1006, reason: "" }));
      }
      core.tryClose(s.rid);
      return;
    }
    switch (event.kind) {
      case "open":
        // A server socket: hyper has handed over the connection after the 101.
        if (s.pendingClose !== null) {
          op_ws_close(s.rid, s.pendingClose.code, s.pendingClose.reason);
        } else {
          s.readyState = OPEN;
          dispatchTrusted(socket, new Event("open"));
        }
        break;
      case "text":
        if (s.readyState === OPEN) {
          dispatchTrusted(socket, new MessageEvent("message", { data: event.text, origin: origin(s.url) }));
        }
        break;
      case "binary":
        if (s.readyState === OPEN) {
          const bytes = event.binary;
          const data = s.binaryType === "arraybuffer"
            ? TypedArrayPrototypeGetBuffer(TypedArrayPrototypeSlice(bytes))
            : createBlob([bytes], TypedArrayPrototypeGetByteLength(bytes), "");
          dispatchTrusted(socket, new MessageEvent("message", { data, origin: origin(s.url) }));
        }
        break;
      case "error":
        dispatchTrusted(socket, new ErrorEvent("error", { message: event.text }));
        break;
      case "close":
        s.readyState = CLOSED;
        core.tryClose(s.rid);
        dispatchTrusted(
          socket,
          new CloseEvent("close", { wasClean: event.clean, code: event.code, reason: event.reason ?? "" }),
        );
        return;
    }
  }
}

function origin(url) {
  if (url === "") return "";
  try {
    return new URL(url).origin;
  } catch {
    return "";
  }
}

/**
 * The socket for a request being upgraded: `rid` is the server's socket resource (it
 * opens once the handler's 101 response is sent).
 */
function createServerWebSocket(rid, protocol) {
  const socket = new WebSocket(_serverKey);
  const s = state(socket);
  s.rid = rid;
  s.protocol = protocol;
  // As Deno: a server socket has no URL, and hands binary messages over as ArrayBuffers.
  s.binaryType = "arraybuffer";
  readEvents(socket, s);
  return socket;
}

/** The subprotocols a client asked for, from a `Sec-WebSocket-Protocol` header. */
function requestedProtocols(header) {
  if (header === null) return [];
  const out = [];
  const parts = StringPrototypeSplit(header, ",");
  for (let i = 0; i < parts.length; i++) {
    const p = StringPrototypeTrim(parts[i]);
    if (p !== "") out[out.length] = p;
  }
  return out;
}

export { CloseEvent, closeWithCode, createServerWebSocket, MessageEvent, requestedProtocols, WebSocket };
