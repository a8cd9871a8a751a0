// URL and URLSearchParams (https://url.spec.whatwg.org/#api). The parser is the `url`
// crate's, reached through one op per parse or setter (op_url_parse / op_url_reparse),
// which also reports where each getter's value lies in the serialization: a URL keeps its
// serialization and those offsets, and its getters slice the string.
import { primordials } from "ext:core/mod.js";
import {
  op_url_parse,
  op_url_parse_search_params,
  op_url_reparse,
  op_url_stringify_search_params,
} from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";

const {
  ArrayPrototypePush,
  ArrayPrototypeSort,
  ArrayPrototypeSplice,
  ObjectDefineProperty,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  Symbol,
  SymbolIterator,
  TypeError,
  TypedArrayPrototypeSlice,
  Uint32Array,
} = primordials;

// Must match the setters in ops.rs.
const SET_HASH = 0;
const SET_HOST = 1;
const SET_HOSTNAME = 2;
const SET_PASSWORD = 3;
const SET_PATHNAME = 4;
const SET_PORT = 5;
const SET_PROTOCOL = 6;
const SET_SEARCH = 7;
const SET_USERNAME = 8;

// Getter slots: (start, end) pairs in the components buffer.
const PROTOCOL = 0;
const USERNAME = 2;
const PASSWORD = 4;
const HOST = 6;
const HOSTNAME = 8;
const PORT = 10;
const PATHNAME = 12;
const SEARCH = 14;
const HASH = 16;

// Filled by each op call; made on first use, not at snapshot time.
let componentsBuf;
function buffer() {
  if (componentsBuf === undefined) componentsBuf = new Uint32Array(18);
  return componentsBuf;
}

/** The serialization of `url` parsed against `base`, or null; offsets in buffer(). */
function parse(url, base) {
  const href = op_url_parse(url, base === undefined ? null : base, buffer());
  return href === undefined ? null : href;
}

const _list = Symbol("list");
const _urlObject = Symbol("url object");
const _update = Symbol("update");
const skipInit = Symbol("skipInit");

// ---------------------------------------------------------------------------------------
// URLSearchParams

class URLSearchParams {
  constructor(init = "") {
    const prefix = "Failed to construct 'URLSearchParams'";
    webidl.setBrand(this);
    ObjectDefineProperty(this, _urlObject, { __proto__: null, value: null, writable: true });
    let list;
    // (sequence<sequence<USVString>> or record<USVString, USVString> or USVString)
    if (webidl.type(init) === "Object") {
      const method = init[SymbolIterator];
      if (method !== undefined && method !== null) {
        if (typeof method !== "function") throw new TypeError(`${prefix}: Query pairs must be iterable`);
        const pairs = webidl.sequenceFromIterable(
          init,
          method,
          convertPair,
          prefix,
          "Argument 1",
        );
        list = [];
        for (let i = 0; i < pairs.length; i++) {
          const pair = pairs[i];
          if (pair.length !== 2) {
            throw new TypeError(`${prefix}: Each query pair must be an iterable [name, value] tuple`);
          }
          ArrayPrototypePush(list, [pair[0], pair[1]]);
        }
      } else {
        const record = convertRecord(init, prefix, "Argument 1");
        list = [];
        for (const key in record) ArrayPrototypePush(list, [key, record[key]]);
      }
    } else {
      init = webidl.converters.USVString(init, prefix, "Argument 1");
      if (StringPrototypeCharCodeAt(init, 0) === 0x3f /* ? */) init = StringPrototypeSlice(init, 1);
      list = init === "" ? [] : op_url_parse_search_params(init);
    }
    ObjectDefineProperty(this, _list, { __proto__: null, value: list, writable: true });
  }

  // https://url.spec.whatwg.org/#concept-urlsearchparams-update
  [_update]() {
    const url = this[_urlObject];
    if (url === null) return;
    url[_updateSearch](serialize(this[_list]));
  }

  get size() {
    assertParams(this);
    return this[_list].length;
  }

  append(name, value) {
    assertParams(this);
    const prefix = "Failed to execute 'append' on 'URLSearchParams'";
    webidl.requiredArguments(arguments.length, 2, prefix);
    name = webidl.converters.USVString(name, prefix, "Argument 1");
    value = webidl.converters.USVString(value, prefix, "Argument 2");
    ArrayPrototypePush(this[_list], [name, value]);
    this[_update]();
  }

  delete(name, value = undefined) {
    assertParams(this);
    const prefix = "Failed to execute 'delete' on 'URLSearchParams'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.USVString(name, prefix, "Argument 1");
    if (value !== undefined) value = webidl.converters.USVString(value, prefix, "Argument 2");
    const list = this[_list];
    let i = 0;
    while (i < list.length) {
      if (list[i][0] === name && (value === undefined || list[i][1] === value)) {
        ArrayPrototypeSplice(list, i, 1);
      } else {
        i++;
      }
    }
    this[_update]();
  }

  get(name) {
    assertParams(this);
    const prefix = "Failed to execute 'get' on 'URLSearchParams'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.USVString(name, prefix, "Argument 1");
    const list = this[_list];
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === name) return list[i][1];
    }
    return null;
  }

  getAll(name) {
    assertParams(this);
    const prefix = "Failed to execute 'getAll' on 'URLSearchParams'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.USVString(name, prefix, "Argument 1");
    const values = [];
    const list = this[_list];
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === name) ArrayPrototypePush(values, list[i][1]);
    }
    return values;
  }

  has(name, value = undefined) {
    assertParams(this);
    const prefix = "Failed to execute 'has' on 'URLSearchParams'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.USVString(name, prefix, "Argument 1");
    if (value !== undefined) value = webidl.converters.USVString(value, prefix, "Argument 2");
    const list = this[_list];
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === name && (value === undefined || list[i][1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    assertParams(this);
    const prefix = "Failed to execute 'set' on 'URLSearchParams'";
    webidl.requiredArguments(arguments.length, 2, prefix);
    name = webidl.converters.USVString(name, prefix, "Argument 1");
    value = webidl.converters.USVString(value, prefix, "Argument 2");
    const list = this[_list];
    // The first pair named `name` takes the value; the others go.
    let found = false;
    let i = 0;
    while (i < list.length) {
      if (list[i][0] === name) {
        if (!found) {
          list[i][1] = value;
          found = true;
          i++;
        } else {
          ArrayPrototypeSplice(list, i, 1);
        }
      } else {
        i++;
      }
    }
    if (!found) ArrayPrototypePush(list, [name, value]);
    this[_update]();
  }

  sort() {
    assertParams(this);
    // Stable, by code units of the names (JS string comparison is by code units).
    ArrayPrototypeSort(this[_list], (a, b) => (a[0] === b[0] ? 0 : a[0] > b[0] ? 1 : -1));
    this[_update]();
  }

  toString() {
    assertParams(this);
    return serialize(this[_list]);
  }

  [privateCustomInspect](inspect, options) {
    if (!webidl.isBranded(this, URLSearchParamsPrototype)) return "URLSearchParams {}";
    const list = this[_list];
    if (list.length === 0) return "URLSearchParams {}";
    let out = "";
    for (let i = 0; i < list.length; i++) {
      out += `${i === 0 ? "" : ", "}${inspect(list[i][0], options)} => ${inspect(list[i][1], options)}`;
    }
    return `URLSearchParams { ${out} }`;
  }
}

const convertPair = webidl.createSequenceConverter(webidl.converters.USVString);
const convertRecord = webidl.createRecordConverter(webidl.converters.USVString, webidl.converters.USVString);

function serialize(list) {
  return list.length === 0 ? "" : op_url_stringify_search_params(list);
}

webidl.mixinPairIterable("URLSearchParams", URLSearchParams, _list, 0, 1);
webidl.configureInterface(URLSearchParams);
const URLSearchParamsPrototype = URLSearchParams.prototype;

function assertParams(self) {
  webidl.assertBranded(self, URLSearchParamsPrototype);
}

// ---------------------------------------------------------------------------------------
// URL

const _updateSearch = Symbol("updateSearch");

let urlBrand; // (value) => whether it is a URL

class URL {
  #href;
  #parts; // Uint32Array(18): (start, end) of each getter's value in #href
  #query = null; // the URLSearchParams, made on first read of searchParams

  constructor(url, base = undefined) {
    if (url === skipInit) return;
    const prefix = "Failed to construct 'URL'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    url = webidl.converters.USVString(url, prefix, "Argument 1");
    if (base !== undefined) base = webidl.converters.USVString(base, prefix, "Argument 2");
    const href = parse(url, base);
    if (href === null) {
      throw new TypeError(`Invalid URL: '${url}'${base !== undefined ? ` with base '${base}'` : ""}`);
    }
    this.#set(href);
  }

  static parse(url, base = undefined) {
    const prefix = "Failed to execute 'parse' on 'URL'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    url = webidl.converters.USVString(url, prefix, "Argument 1");
    if (base !== undefined) base = webidl.converters.USVString(base, prefix, "Argument 2");
    const href = parse(url, base);
    if (href === null) return null;
    const result = new URL(skipInit);
    result.#set(href);
    return result;
  }

  static canParse(url, base = undefined) {
    const prefix = "Failed to execute 'canParse' on 'URL'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    url = webidl.converters.USVString(url, prefix, "Argument 1");
    if (base !== undefined) base = webidl.converters.USVString(base, prefix, "Argument 2");
    return parse(url, base) !== null;
  }

  static {
    urlBrand = (v) => v !== null && typeof v === "object" && #href in v;
  }

  #set(href) {
    this.#href = href;
    this.#parts = TypedArrayPrototypeSlice(componentsBuf);
  }

  #part(slot) {
    const parts = this.#parts;
    return StringPrototypeSlice(this.#href, parts[slot], parts[slot + 1]);
  }

  #reparse(setter, value) {
    const href = op_url_reparse(this.#href, setter, value, buffer());
    if (href !== this.#href) this.#set(href);
  }

  // The query object's list follows the URL's query (href and search setters).
  #resetQuery() {
    if (this.#query === null) return;
    const search = this.#part(SEARCH);
    this.#query[_list] = search === "" ? [] : op_url_parse_search_params(StringPrototypeSlice(search, 1));
  }

  // From URLSearchParams' update steps: the query becomes `query` (null when empty).
  [_updateSearch](query) {
    this.#reparse(SET_SEARCH, query);
  }

  get href() {
    assertURL(this);
    return this.#href;
  }

  set href(value) {
    assertURL(this);
    const prefix = "Failed to set 'href' on 'URL'";
    value = webidl.converters.USVString(value, prefix, "Argument 1");
    const href = parse(value, undefined);
    if (href === null) throw new TypeError(`Invalid URL: '${value}'`);
    this.#set(href);
    this.#resetQuery();
  }

  get origin() {
    assertURL(this);
    return originOf(this.#part(PROTOCOL), this.#part(HOST), this.#part(PATHNAME));
  }

  get protocol() {
    assertURL(this);
    return this.#part(PROTOCOL);
  }

  set protocol(value) {
    assertURL(this);
    this.#reparse(SET_PROTOCOL, webidl.converters.USVString(value, "Failed to set 'protocol' on 'URL'"));
  }

  get username() {
    assertURL(this);
    return this.#part(USERNAME);
  }

  set username(value) {
    assertURL(this);
    this.#reparse(SET_USERNAME, webidl.converters.USVString(value, "Failed to set 'username' on 'URL'"));
  }

  get password() {
    assertURL(this);
    return this.#part(PASSWORD);
  }

  set password(value) {
    assertURL(this);
    this.#reparse(SET_PASSWORD, webidl.converters.USVString(value, "Failed to set 'password' on 'URL'"));
  }

  get host() {
    assertURL(this);
    return this.#part(HOST);
  }

  set host(value) {
    assertURL(this);
    this.#reparse(SET_HOST, webidl.converters.USVString(value, "Failed to set 'host' on 'URL'"));
  }

  get hostname() {
    assertURL(this);
    return this.#part(HOSTNAME);
  }

  set hostname(value) {
    assertURL(this);
    this.#reparse(SET_HOSTNAME, webidl.converters.USVString(value, "Failed to set 'hostname' on 'URL'"));
  }

  get port() {
    assertURL(this);
    return this.#part(PORT);
  }

  set port(value) {
    assertURL(this);
    this.#reparse(SET_PORT, webidl.converters.USVString(value, "Failed to set 'port' on 'URL'"));
  }

  get pathname() {
    assertURL(this);
    return this.#part(PATHNAME);
  }

  set pathname(value) {
    assertURL(this);
    this.#reparse(SET_PATHNAME, webidl.converters.USVString(value, "Failed to set 'pathname' on 'URL'"));
  }

  get search() {
    assertURL(this);
    return this.#part(SEARCH);
  }

  set search(value) {
    assertURL(this);
    this.#reparse(SET_SEARCH, webidl.converters.USVString(value, "Failed to set 'search' on 'URL'"));
    this.#resetQuery();
  }

  get searchParams() {
    assertURL(this);
    if (this.#query === null) {
      const query = new URLSearchParams(this.#part(SEARCH));
      query[_urlObject] = this;
      this.#query = query;
    }
    return this.#query;
  }

  get hash() {
    assertURL(this);
    return this.#part(HASH);
  }

  set hash(value) {
    assertURL(this);
    this.#reparse(SET_HASH, webidl.converters.USVString(value, "Failed to set 'hash' on 'URL'"));
  }

  toString() {
    assertURL(this);
    return this.#href;
  }

  toJSON() {
    assertURL(this);
    return this.#href;
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("URL", this, INSPECT_KEYS, inspect, options);
  }
}
const INSPECT_KEYS = [
  "href",
  "origin",
  "protocol",
  "username",
  "password",
  "host",
  "hostname",
  "port",
  "pathname",
  "hash",
  "search",
];

function assertURL(self) {
  if (!urlBrand(self)) throw new TypeError("Illegal invocation");
}

// https://url.spec.whatwg.org/#concept-url-origin, serialized.
function originOf(protocol, host, pathname) {
  switch (protocol) {
    case "http:":
    case "https:":
    case "ftp:":
    case "ws:":
    case "wss:":
      return `${protocol}//${host}`;
    case "blob:": {
      // The origin of the URL in the path, when that is an http(s) URL.
      const inner = parse(pathname, undefined);
      if (inner === null) return "null";
      const innerProtocol = StringPrototypeSlice(inner, componentsBuf[PROTOCOL], componentsBuf[PROTOCOL + 1]);
      if (innerProtocol !== "http:" && innerProtocol !== "https:") return "null";
      return `${innerProtocol}//${StringPrototypeSlice(inner, componentsBuf[HOST], componentsBuf[HOST + 1])}`;
    }
    default:
      return "null";
  }
}

webidl.configureInterface(URL);
webidl.registerPlatformObjectCheck((v) => urlBrand(v));

export { URL, URLSearchParams };
