// Headers (https://fetch.spec.whatwg.org/#headers-class). The header list is an array
// of [lowercased name, value] pairs (HTTP names are case-insensitive and reqwest/hyper
// send them lowercased anyway). As in Deno, the only guard that refuses changes is
// "immutable": a server-side runtime sets Host, Cookie and Set-Cookie freely.
//
// Requests and responses keep their header list and make the Headers object only when
// `.headers` is read, so a fetch whose headers nobody looks at never builds one.
import { primordials } from "ext:core/mod.js";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";

const {
  SafeWeakSet,
  WeakSetPrototypeAdd,
  WeakSetPrototypeHas,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  ArrayPrototypeSplice,
  ObjectDefineProperty,
  SafeRegExp,
  RegExpPrototypeTest,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  Symbol,
  SymbolIterator,
  TypeError,
} = primordials;

const _headerList = Symbol("[[headerList]]");
const _guard = Symbol("[[guard]]");
const _sorted = Symbol("sortedAndCombined");
const _iterationPairs = Symbol("iterationPairs");

const HTTP_TOKEN = new SafeRegExp(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/);
const INVALID_VALUE = new SafeRegExp(/[\0\r\n]/);

// Every Headers object: a look-up that, unlike reading a property, runs no proxy trap
// (HeadersInit's overload resolution must not touch a proxy beyond @@iterator).
const allHeaders = new SafeWeakSet();

function isHeaders(v) {
  return typeof v === "object" && v !== null && WeakSetPrototypeHas(allHeaders, v);
}

function isHttpWhitespaceCode(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** https://fetch.spec.whatwg.org/#concept-header-value-normalize */
function normalizeHeaderValue(value) {
  let start = 0;
  let end = value.length;
  while (start < end && isHttpWhitespaceCode(StringPrototypeCharCodeAt(value, start))) start++;
  while (end > start && isHttpWhitespaceCode(StringPrototypeCharCodeAt(value, end - 1))) end--;
  return start === 0 && end === value.length ? value : StringPrototypeSlice(value, start, end);
}

function checkName(name) {
  if (!RegExpPrototypeTest(HTTP_TOKEN, name)) throw new TypeError(`Invalid header name: "${name}"`);
}

function checkValue(value) {
  if (RegExpPrototypeTest(INVALID_VALUE, value)) throw new TypeError(`Invalid header value: "${value}"`);
}

function checkMutable(headers) {
  if (headers[_guard] === "immutable") throw new TypeError("Cannot change header: headers are immutable");
}

/** Appends to a header list after validating (the "append" algorithm, minus the guard). */
function appendHeader(headers, name, value) {
  value = normalizeHeaderValue(value);
  checkName(name);
  checkValue(value);
  checkMutable(headers);
  ArrayPrototypePush(headers[_headerList], [StringPrototypeToLowerCase(name), value]);
  headers[_sorted] = null;
}

/** The combined value of `name` (lowercase) in a header list, or null. */
function getHeader(list, name) {
  let value = null;
  for (let i = 0; i < list.length; i++) {
    if (list[i][0] === name) value = value === null ? list[i][1] : `${value}, ${list[i][1]}`;
  }
  return value;
}

function hasHeader(list, name) {
  for (let i = 0; i < list.length; i++) {
    if (list[i][0] === name) return true;
  }
  return false;
}

/** Sets `name` (lowercase) in a header list: replaces the first, drops the others. */
function setHeader(list, name, value) {
  let found = false;
  for (let i = 0; i < list.length; i++) {
    if (list[i][0] !== name) continue;
    if (!found) {
      list[i][1] = value;
      found = true;
    } else {
      ArrayPrototypeSplice(list, i, 1);
      i--;
    }
  }
  if (!found) ArrayPrototypePush(list, [name, value]);
}

/** https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine */
function sortAndCombine(list) {
  const names = [];
  const seen = { __proto__: null };
  for (let i = 0; i < list.length; i++) {
    const name = list[i][0];
    if (seen[name] === undefined) {
      seen[name] = true;
      ArrayPrototypePush(names, name);
    }
  }
  ArrayPrototypeSort(names, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const headers = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name === "set-cookie") {
      for (let j = 0; j < list.length; j++) {
        if (list[j][0] === "set-cookie") ArrayPrototypePush(headers, ["set-cookie", list[j][1]]);
      }
    } else {
      ArrayPrototypePush(headers, [name, getHeader(list, name)]);
    }
  }
  return headers;
}

// HeadersInit: (sequence<sequence<ByteString>> or record<ByteString, ByteString>).
const convertRecord = webidl.createRecordConverter(webidl.converters.ByteString, webidl.converters.ByteString);
const convertPair = webidl.createSequenceConverter(webidl.converters.ByteString);

/** https://fetch.spec.whatwg.org/#concept-headers-fill */
function fillHeaders(headers, object, prefix) {
  if (webidl.type(object) !== "Object") {
    throw new TypeError(`${prefix}: The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'`);
  }
  const method = object[SymbolIterator];
  if (isHeaders(object) && method === headersIterator) {
    // Another Headers iterated as Headers iterate: its (already valid) list gives the same
    // header list. An own or replaced @@iterator is a sequence like any other.
    const list = object[_headerList];
    for (let i = 0; i < list.length; i++) appendHeader(headers, list[i][0], list[i][1]);
    return;
  }
  if (method !== undefined && method !== null) {
    if (typeof method !== "function") throw new TypeError(`${prefix}: The headers' @@iterator is not a function`);
    const pairs = webidl.sequenceFromIterable(object, method, convertPair, prefix, "Argument 1");
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i];
      if (pair.length !== 2) throw new TypeError(`Invalid header: length must be 2, but is ${pair.length}`);
      appendHeader(headers, pair[0], pair[1]);
    }
    return;
  }
  const record = convertRecord(object, prefix, "Argument 1");
  for (const key in record) appendHeader(headers, key, record[key]);
}

class Headers {
  constructor(init = undefined) {
    webidl.setBrand(this);
    ObjectDefineProperty(this, _headerList, { __proto__: null, value: [], writable: true });
    WeakSetPrototypeAdd(allHeaders, this);
    this[_guard] = "none";
    this[_sorted] = null;
    if (init !== undefined) fillHeaders(this, init, "Failed to construct 'Headers'");
  }

  append(name, value) {
    if (!isHeaders(this)) throw new TypeError("Illegal invocation");
    const prefix = "Failed to execute 'append' on 'Headers'";
    webidl.requiredArguments(arguments.length, 2, prefix);
    name = webidl.converters.ByteString(name, prefix, "Argument 1");
    value = webidl.converters.ByteString(value, prefix, "Argument 2");
    appendHeader(this, name, value);
  }

  delete(name) {
    if (!isHeaders(this)) throw new TypeError("Illegal invocation");
    const prefix = "Failed to execute 'delete' on 'Headers'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.ByteString(name, prefix, "Argument 1");
    checkName(name);
    checkMutable(this);
    const lower = StringPrototypeToLowerCase(name);
    const list = this[_headerList];
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === lower) {
        ArrayPrototypeSplice(list, i, 1);
        i--;
      }
    }
    this[_sorted] = null;
  }

  get(name) {
    if (!isHeaders(this)) throw new TypeError("Illegal invocation");
    const prefix = "Failed to execute 'get' on 'Headers'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.ByteString(name, prefix, "Argument 1");
    checkName(name);
    return getHeader(this[_headerList], StringPrototypeToLowerCase(name));
  }

  getSetCookie() {
    if (!isHeaders(this)) throw new TypeError("Illegal invocation");
    const list = this[_headerList];
    const values = [];
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === "set-cookie") ArrayPrototypePush(values, list[i][1]);
    }
    return values;
  }

  has(name) {
    if (!isHeaders(this)) throw new TypeError("Illegal invocation");
    const prefix = "Failed to execute 'has' on 'Headers'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.ByteString(name, prefix, "Argument 1");
    checkName(name);
    return hasHeader(this[_headerList], StringPrototypeToLowerCase(name));
  }

  set(name, value) {
    if (!isHeaders(this)) throw new TypeError("Illegal invocation");
    const prefix = "Failed to execute 'set' on 'Headers'";
    webidl.requiredArguments(arguments.length, 2, prefix);
    name = webidl.converters.ByteString(name, prefix, "Argument 1");
    value = webidl.converters.ByteString(value, prefix, "Argument 2");
    value = normalizeHeaderValue(value);
    checkName(name);
    checkValue(value);
    checkMutable(this);
    setHeader(this[_headerList], StringPrototypeToLowerCase(name), value);
    this[_sorted] = null;
  }

  // The pairs the iterator walks: sorted and combined, recomputed after a change.
  get [_iterationPairs]() {
    if (this[_sorted] === null) this[_sorted] = sortAndCombine(this[_headerList]);
    return this[_sorted];
  }

  [privateCustomInspect](inspect, options) {
    if (!isHeaders(this)) return inspectAttributes("Headers", this, [], inspect, options);
    const view = {};
    const pairs = this[_iterationPairs];
    for (let i = 0; i < pairs.length; i++) {
      const { 0: name, 1: value } = pairs[i];
      view[name] = view[name] === undefined ? value : `${view[name]}, ${value}`;
    }
    return `Headers ${inspect(view, options)}`;
  }
}

webidl.mixinPairIterable("Headers", Headers, _iterationPairs, 0, 1);
webidl.configureInterface(Headers);
const HeadersPrototype = Headers.prototype;
const headersIterator = HeadersPrototype[SymbolIterator];

/** Headers over an existing header list (shared, not copied) with the given guard. */
function headersFromHeaderList(list, guard) {
  const headers = webidl.createBranded(Headers);
  ObjectDefineProperty(headers, _headerList, { __proto__: null, value: list, writable: true });
  WeakSetPrototypeAdd(allHeaders, headers);
  headers[_guard] = guard;
  headers[_sorted] = null;
  return headers;
}

function headerListFromHeaders(headers) {
  return headers[_headerList];
}

function guardFromHeaders(headers) {
  return headers[_guard];
}

/** Empties a Headers' list in place (Request/Response constructors then refill it). */
function clearHeaders(headers) {
  headers[_headerList].length = 0;
  headers[_sorted] = null;
}

export {
  appendHeader,
  clearHeaders,
  fillHeaders,
  getHeader,
  guardFromHeaders,
  hasHeader,
  headerListFromHeaders,
  Headers,
  headersFromHeaderList,
  HeadersPrototype,
  isHeaders,
  setHeader,
};
