// MIME types as the MIME Sniffing Standard parses and serializes them
// (https://mimesniff.spec.whatwg.org/#understanding-mime-types), and the Fetch Standard's
// "extract a MIME type" from a header list. Body.blob() and Body.formData() need them.
import { primordials } from "ext:core/mod.js";

const {
  MapPrototypeGet,
  MapPrototypeHas,
  MapPrototypeSet,
  SafeMap,
  SafeMapIterator,
  SafeRegExp,
  RegExpPrototypeTest,
  StringPrototypeCharAt,
  StringPrototypeReplace,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
} = primordials;

const HTTP_TOKEN = new SafeRegExp(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/);
const HTTP_QUOTED_STRING_TOKEN = new SafeRegExp(/^[\t\u0020-\u007E\u0080-\u00FF]*$/);
const QUOTE_OR_BACKSLASH = new SafeRegExp(/(["\\])/g);

function isHttpWhitespace(c) {
  return c === "\n" || c === "\r" || c === "\t" || c === " ";
}

function trimHttpWhitespace(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isHttpWhitespace(s[start])) start++;
  while (end > start && isHttpWhitespace(s[end - 1])) end--;
  return StringPrototypeSlice(s, start, end);
}

function trimTrailingHttpWhitespace(s) {
  let end = s.length;
  while (end > 0 && isHttpWhitespace(s[end - 1])) end--;
  return StringPrototypeSlice(s, 0, end);
}

/** Collects characters from `position.i` until one in `stops`. */
function collect(input, position, stops) {
  const start = position.i;
  while (position.i < input.length && !stops(input[position.i])) position.i++;
  return StringPrototypeSlice(input, start, position.i);
}

/** https://fetch.spec.whatwg.org/#collect-an-http-quoted-string */
function collectHttpQuotedString(input, position, extractValue) {
  const start = position.i;
  let value = "";
  position.i++;
  while (true) {
    value += collect(input, position, (c) => c === '"' || c === "\\");
    if (position.i >= input.length) break;
    const quoteOrBackslash = input[position.i];
    position.i++;
    if (quoteOrBackslash === "\\") {
      if (position.i >= input.length) {
        value += "\\";
        break;
      }
      value += input[position.i];
      position.i++;
    } else {
      break;
    }
  }
  return extractValue ? value : StringPrototypeSlice(input, start, position.i);
}

/** https://mimesniff.spec.whatwg.org/#parse-a-mime-type; `null` on failure. */
function parseMimeType(input) {
  input = trimHttpWhitespace(input);
  const position = { i: 0 };
  const type = collect(input, position, (c) => c === "/");
  if (type === "" || !RegExpPrototypeTest(HTTP_TOKEN, type)) return null;
  if (position.i >= input.length) return null;
  position.i++;
  let subtype = collect(input, position, (c) => c === ";");
  subtype = trimTrailingHttpWhitespace(subtype);
  if (subtype === "" || !RegExpPrototypeTest(HTTP_TOKEN, subtype)) return null;
  const mimeType = {
    type: StringPrototypeToLowerCase(type),
    subtype: StringPrototypeToLowerCase(subtype),
    parameters: new SafeMap(),
  };
  while (position.i < input.length) {
    position.i++;
    collect(input, position, (c) => !isHttpWhitespace(c));
    let parameterName = collect(input, position, (c) => c === ";" || c === "=");
    parameterName = StringPrototypeToLowerCase(parameterName);
    if (position.i < input.length) {
      if (input[position.i] === ";") continue;
      position.i++;
    }
    if (position.i >= input.length) break;
    let parameterValue;
    if (input[position.i] === '"') {
      parameterValue = collectHttpQuotedString(input, position, true);
      collect(input, position, (c) => c === ";");
    } else {
      parameterValue = collect(input, position, (c) => c === ";");
      parameterValue = trimTrailingHttpWhitespace(parameterValue);
      if (parameterValue === "") continue;
    }
    if (
      parameterName !== "" &&
      RegExpPrototypeTest(HTTP_TOKEN, parameterName) &&
      RegExpPrototypeTest(HTTP_QUOTED_STRING_TOKEN, parameterValue) &&
      !MapPrototypeHas(mimeType.parameters, parameterName)
    ) {
      MapPrototypeSet(mimeType.parameters, parameterName, parameterValue);
    }
  }
  return mimeType;
}

function essence(mimeType) {
  return `${mimeType.type}/${mimeType.subtype}`;
}

/** https://mimesniff.spec.whatwg.org/#serialize-a-mime-type */
function serializeMimeType(mimeType) {
  let serialization = essence(mimeType);
  for (const { 0: name, 1: value } of new SafeMapIterator(mimeType.parameters)) {
    serialization += `;${name}=`;
    let v = value;
    if (v === "" || !RegExpPrototypeTest(HTTP_TOKEN, v)) {
      v = `"${StringPrototypeReplace(v, QUOTE_OR_BACKSLASH, "\\$1")}"`;
    }
    serialization += v;
  }
  return serialization;
}

/** https://fetch.spec.whatwg.org/#header-value-get-decode-and-split */
function getDecodeSplit(value) {
  const position = { i: 0 };
  const values = [];
  let temporaryValue = "";
  while (true) {
    temporaryValue += collect(value, position, (c) => c === '"' || c === ",");
    if (position.i < value.length) {
      if (StringPrototypeCharAt(value, position.i) === '"') {
        temporaryValue += collectHttpQuotedString(value, position, false);
        if (position.i < value.length) continue;
      } else {
        position.i++;
      }
    }
    let start = 0;
    let end = temporaryValue.length;
    while (start < end && (temporaryValue[start] === " " || temporaryValue[start] === "\t")) start++;
    while (end > start && (temporaryValue[end - 1] === " " || temporaryValue[end - 1] === "\t")) end--;
    values[values.length] = StringPrototypeSlice(temporaryValue, start, end);
    temporaryValue = "";
    if (position.i >= value.length) return values;
  }
}

/**
 * https://fetch.spec.whatwg.org/#concept-header-extract-mime-type, given the combined
 * `content-type` value (or null); `null` on failure.
 */
function extractMimeType(contentType) {
  if (contentType === null) return null;
  let charset = null;
  let currentEssence = null;
  let mimeType = null;
  const values = getDecodeSplit(contentType);
  for (let i = 0; i < values.length; i++) {
    const temporaryMimeType = parseMimeType(values[i]);
    if (temporaryMimeType === null || essence(temporaryMimeType) === "*/*") continue;
    mimeType = temporaryMimeType;
    if (essence(mimeType) !== currentEssence) {
      charset = null;
      if (MapPrototypeHas(mimeType.parameters, "charset")) {
        charset = MapPrototypeGet(mimeType.parameters, "charset");
      }
      currentEssence = essence(mimeType);
    } else if (!MapPrototypeHas(mimeType.parameters, "charset") && charset !== null) {
      MapPrototypeSet(mimeType.parameters, "charset", charset);
    }
  }
  return mimeType;
}

export { essence, extractMimeType, parseMimeType, serializeMimeType };
