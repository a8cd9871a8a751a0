// Small helpers the web interfaces share: how they show in console.log / Deno.inspect.
import { primordials } from "ext:core/mod.js";

const { ObjectDefineProperty, SafeMap, MapPrototypeGet, MapPrototypeSet, SymbolFor } = primordials;

const privateCustomInspect = SymbolFor("Deno.privateCustomInspect");

// One empty class per displayed name, so the formatter prints `Name { ... }` for a plain
// snapshot of the interface's attributes (the real object's getters are never handed to
// the formatter, which could not call them on a branded object anyway).
const displayClasses = new SafeMap();
function displayClass(name) {
  let cls = MapPrototypeGet(displayClasses, name);
  if (cls === undefined) {
    cls = function () {};
    ObjectDefineProperty(cls, "name", { __proto__: null, value: name });
    MapPrototypeSet(displayClasses, name, cls);
  }
  return cls;
}

/** `Name { key: value, ... }` for `object`, reading `keys` from it, formatted by `inspect`. */
function inspectAttributes(name, object, keys, inspect, options) {
  const view = new (displayClass(name))();
  for (let i = 0; i < keys.length; i++) {
    // A prototype (not an instance) throws "Illegal invocation": it shows as `Name {}`.
    try {
      view[keys[i]] = object[keys[i]];
    } catch {
      // skipped
    }
  }
  return inspect(view, options);
}

export { inspectAttributes, privateCustomInspect };
