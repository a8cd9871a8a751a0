// URLPattern (https://urlpattern.spec.whatwg.org/). The `urlpattern` crate parses the
// pattern and canonicalizes match inputs (one op each); the JS compiles each component's
// regular expression once and runs test/exec with the engine's RegExp, as the spec's
// matching is defined over ECMAScript regular expressions.
import { primordials } from "ext:core/mod.js";
import { op_urlpattern_parse, op_urlpattern_process_match_input } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";

const { ArrayPrototypePush, ObjectKeys, RegExp, RegExpPrototypeExec, TypeError } = primordials;

const COMPONENTS = ["protocol", "username", "password", "hostname", "port", "pathname", "search", "hash"];

const convertInit = webidl.createDictionaryConverter("URLPatternInit", [
  { key: "protocol", converter: webidl.converters.USVString },
  { key: "username", converter: webidl.converters.USVString },
  { key: "password", converter: webidl.converters.USVString },
  { key: "hostname", converter: webidl.converters.USVString },
  { key: "port", converter: webidl.converters.USVString },
  { key: "pathname", converter: webidl.converters.USVString },
  { key: "search", converter: webidl.converters.USVString },
  { key: "hash", converter: webidl.converters.USVString },
  { key: "baseURL", converter: webidl.converters.USVString },
]);

const convertOptions = webidl.createDictionaryConverter("URLPatternOptions", [
  { key: "ignoreCase", converter: webidl.converters.boolean, defaultValue: false },
]);

// (USVString or URLPatternInit): objects, null and undefined are the dictionary.
function convertInput(value, prefix, context) {
  if (value === undefined || value === null || webidl.type(value) === "Object") {
    // A plain object for the op's serde (the converter's result has no prototype).
    const init = convertInit(value, prefix, context);
    const plain = {};
    const keys = ObjectKeys(init);
    for (let i = 0; i < keys.length; i++) plain[keys[i]] = init[keys[i]];
    return plain;
  }
  return webidl.converters.USVString(value, prefix, context);
}

let patternState;

class URLPattern {
  #components; // [{ patternString, regexpString, groupNameList, regexp }] in COMPONENTS order
  #hasRegExpGroups;

  constructor(input = undefined, baseURLOrOptions = undefined, options = undefined) {
    const prefix = "Failed to construct 'URLPattern'";
    let baseURL = null;
    // Overloads: (input, USVString baseURL, options) or (input, options).
    if (typeof baseURLOrOptions === "string") {
      input = convertInput(input, prefix, "Argument 1");
      baseURL = webidl.converters.USVString(baseURLOrOptions, prefix, "Argument 2");
      options = convertOptions(options, prefix, "Argument 3");
    } else {
      input = convertInput(input, prefix, "Argument 1");
      options = convertOptions(baseURLOrOptions, prefix, "Argument 2");
    }
    const parsed = op_urlpattern_parse(input, baseURL, options.ignoreCase);
    const flags = options.ignoreCase ? "ui" : "u";
    const components = parsed.components;
    for (let i = 0; i < components.length; i++) {
      const c = components[i];
      try {
        c.regexp = new RegExp(c.regexpString, flags);
      } catch (e) {
        throw new TypeError(`${prefix}: ${COMPONENTS[i]} is invalid; ${e.message}`);
      }
    }
    this.#components = components;
    this.#hasRegExpGroups = parsed.hasRegexpGroups;
  }

  static {
    patternState = (v) => (v !== null && typeof v === "object" && #components in v ? v.#components : undefined);
  }

  get protocol() {
    return componentsOf(this)[0].patternString;
  }

  get username() {
    return componentsOf(this)[1].patternString;
  }

  get password() {
    return componentsOf(this)[2].patternString;
  }

  get hostname() {
    return componentsOf(this)[3].patternString;
  }

  get port() {
    return componentsOf(this)[4].patternString;
  }

  get pathname() {
    return componentsOf(this)[5].patternString;
  }

  get search() {
    return componentsOf(this)[6].patternString;
  }

  get hash() {
    return componentsOf(this)[7].patternString;
  }

  get hasRegExpGroups() {
    componentsOf(this);
    return this.#hasRegExpGroups;
  }

  test(input = undefined, baseURL = undefined) {
    const components = componentsOf(this);
    const prefix = "Failed to execute 'test' on 'URLPattern'";
    input = convertInput(input, prefix, "Argument 1");
    if (baseURL !== undefined) baseURL = webidl.converters.USVString(baseURL, prefix, "Argument 2");
    const values = op_urlpattern_process_match_input(input, baseURL ?? null);
    if (values === null || values === undefined) return false;
    for (let i = 0; i < 8; i++) {
      if (RegExpPrototypeExec(components[i].regexp, values[i]) === null) return false;
    }
    return true;
  }

  exec(input = undefined, baseURL = undefined) {
    const components = componentsOf(this);
    const prefix = "Failed to execute 'exec' on 'URLPattern'";
    input = convertInput(input, prefix, "Argument 1");
    if (baseURL !== undefined) baseURL = webidl.converters.USVString(baseURL, prefix, "Argument 2");
    const values = op_urlpattern_process_match_input(input, baseURL ?? null);
    if (values === null || values === undefined) return null;
    const result = { inputs: [input] };
    if (baseURL !== undefined) ArrayPrototypePush(result.inputs, baseURL);
    for (let i = 0; i < 8; i++) {
      const component = components[i];
      const match = RegExpPrototypeExec(component.regexp, values[i]);
      if (match === null) return null;
      // https://urlpattern.spec.whatwg.org/#create-a-component-match-result
      const groups = {};
      const names = component.groupNameList;
      for (let j = 0; j < names.length; j++) groups[names[j]] = match[j + 1];
      result[COMPONENTS[i]] = { input: values[i], groups };
    }
    return result;
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("URLPattern", this, [...COMPONENTS, "hasRegExpGroups"], inspect, options);
  }
}

function componentsOf(self) {
  const components = patternState(self);
  if (components === undefined) throw new TypeError("Illegal invocation");
  return components;
}

webidl.configureInterface(URLPattern);
webidl.registerPlatformObjectCheck((v) => patternState(v) !== undefined);

export { URLPattern };
