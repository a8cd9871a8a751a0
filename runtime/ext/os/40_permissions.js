// Deno.permissions: query / request / revoke and their Sync twins. The state lives in
// Rust (x_permissions); this file only validates descriptors and wraps answers in
// PermissionStatus. A program cannot grant itself anything: `request` can only ask the
// user at a terminal, and is denied otherwise.
import { primordials } from "ext:core/mod.js";
import { op_permission_query, op_permission_request, op_permission_revoke } from "ext:core/ops";
import { pathFromURL } from "ext:x_ext_fs/30_fs.js";
import { EventTarget } from "ext:x_ext_web/02_event.js";

const { ObjectDefineProperty, PromiseResolve, PromiseReject, SymbolFor, TypeError } = primordials;

const STATES = ["granted", "granted", "prompt", "denied"];
const constructKey = SymbolFor("x.internal.PermissionStatus");

// An EventTarget, as Deno's (its `change` event never fires here: a status is a
// snapshot of one answer).
class PermissionStatus extends EventTarget {
  #state;
  #partial;
  onchange = null;

  constructor(code, key) {
    if (key !== constructKey) throw new TypeError("Illegal constructor");
    super();
    this.#state = STATES[code];
    this.#partial = code === 1;
  }

  get state() {
    return this.#state;
  }

  get partial() {
    return this.#partial;
  }

  [SymbolFor("Deno.privateCustomInspect")](inspect, options) {
    const object = { state: this.#state, onchange: this.onchange };
    if (this.#partial) object.partial = true;
    return `PermissionStatus ${inspect(object, options)}`;
  }
}

/** The op arguments for a descriptor: its name and the one value Deno reads for it. */
function descriptorArgs(desc) {
  const name = desc?.name;
  let value;
  switch (name) {
    case "read":
    case "write":
    case "ffi":
      value = desc.path === undefined ? undefined : pathFromURL(desc.path);
      break;
    case "net":
    case "import":
      value = desc.host;
      break;
    case "env":
      value = desc.variable;
      break;
    case "sys":
      value = desc.kind;
      break;
    case "run":
      value = desc.command === undefined ? undefined : pathFromURL(desc.command);
      break;
    default:
      throw new TypeError(`The provided value "${name}" is not a valid permission name`);
  }
  return [name, value === undefined || value === null ? null : `${value}`];
}

function status(op, desc) {
  const [name, value] = descriptorArgs(desc);
  return new PermissionStatus(op(name, value), constructKey);
}

function asPromise(op, desc) {
  try {
    return PromiseResolve(status(op, desc));
  } catch (err) {
    return PromiseReject(err);
  }
}

class Permissions {
  constructor(key) {
    if (key !== constructKey) throw new TypeError("Illegal constructor");
  }

  query(desc) {
    return asPromise(op_permission_query, desc);
  }

  querySync(desc) {
    return status(op_permission_query, desc);
  }

  request(desc) {
    return asPromise(op_permission_request, desc);
  }

  requestSync(desc) {
    return status(op_permission_request, desc);
  }

  revoke(desc) {
    return asPromise(op_permission_revoke, desc);
  }

  revokeSync(desc) {
    return status(op_permission_revoke, desc);
  }
}

const permissions = new Permissions(constructKey);
ObjectDefineProperty(Permissions.prototype, SymbolFor("Deno.privateCustomInspect"), {
  value: () => "Permissions {}",
});

export const denoNs = { permissions, Permissions, PermissionStatus };
