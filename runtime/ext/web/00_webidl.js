// WebIDL's ECMAScript bindings, as much as the runtime's interfaces need: argument
// conversions (https://webidl.spec.whatwg.org/#es-type-mapping), dictionaries, enums,
// sequences, records, interface branding, pair iterators, and the property shape of an
// interface object (enumerable members, @@toStringTag). Shared by every extension that
// defines a Web API (x_ext_url imports it too).
//
// Brands: an object is an instance of an interface when it carries the module-private
// `brand` symbol and inherits from the interface's prototype (a subclass in user code
// keeps both). The symbol is not reachable from user code.
import { primordials } from "ext:core/mod.js";

const {
  ArrayBufferIsView,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  BigInt,
  BigIntAsIntN,
  BigIntAsUintN,
  DataViewPrototypeGetBuffer,
  FunctionPrototypeCall,
  MathFloor,
  MathFround,
  MathMax,
  MathMin,
  MathPow,
  MathRound,
  MathTrunc,
  Number,
  NumberIsFinite,
  NumberIsNaN,
  NumberMAX_SAFE_INTEGER,
  NumberMIN_SAFE_INTEGER,
  ObjectCreate,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyDescriptors,
  ObjectGetPrototypeOf,
  ObjectIs,
  ObjectPrototypeIsPrototypeOf,
  ReflectHas,
  ReflectOwnKeys,
  SafeSet,
  SetPrototypeHas,
  StringPrototypeCharCodeAt,
  StringPrototypeToWellFormed,
  Symbol,
  SymbolIterator,
  SymbolToStringTag,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetSymbolToStringTag,
} = primordials;

/** A TypeError whose message names where the bad value came from. */
function makeException(ErrorType, message, prefix, context) {
  return new ErrorType(`${prefix ? prefix + ": " : ""}${context ? context : "Value"} ${message}`);
}

/** WebIDL's Type(V): "Object" for objects and functions. */
function type(V) {
  if (V === null) return "Null";
  switch (typeof V) {
    case "undefined":
      return "Undefined";
    case "boolean":
      return "Boolean";
    case "number":
      return "Number";
    case "string":
      return "String";
    case "symbol":
      return "Symbol";
    case "bigint":
      return "BigInt";
    default:
      return "Object";
  }
}

function toNumber(V) {
  if (typeof V === "bigint") throw new TypeError("Cannot convert a BigInt value to a number");
  return Number(V);
}

function censorNegativeZero(x) {
  return x === 0 ? 0 : x;
}

// Rounds to the nearest integer, ties to even (WebIDL [Clamp]).
function evenRound(x) {
  if ((x > 0 && x % 1 === +0.5 && (x & 1) === 0) || (x < 0 && x % 1 === -0.5 && (x & 1) === 1)) {
    return censorNegativeZero(MathFloor(x));
  }
  return censorNegativeZero(MathRound(x));
}

function modulo(x, y) {
  const r = x % y;
  return (r < 0) !== (y < 0) && r !== 0 ? r + y : r;
}

// https://webidl.spec.whatwg.org/#abstract-opdef-converttoint
function createIntegerConversion(bitLength, unsigned) {
  const lowerBound = bitLength === 64
    ? (unsigned ? 0 : NumberMIN_SAFE_INTEGER)
    : (unsigned ? 0 : -MathPow(2, bitLength - 1));
  const upperBound = bitLength === 64
    ? NumberMAX_SAFE_INTEGER
    : (unsigned ? MathPow(2, bitLength) - 1 : MathPow(2, bitLength - 1) - 1);
  const twoToTheBitLength = MathPow(2, bitLength);
  const twoToOneLessThanTheBitLength = MathPow(2, bitLength - 1);

  return (V, prefix, context, opts) => {
    let x = censorNegativeZero(toNumber(V));
    if (opts && opts.enforceRange) {
      if (!NumberIsFinite(x)) throw makeException(TypeError, "is not a finite number", prefix, context);
      x = censorNegativeZero(MathTrunc(x));
      if (x < lowerBound || x > upperBound) {
        throw makeException(
          TypeError,
          `is outside the accepted range of ${lowerBound} to ${upperBound}, inclusive`,
          prefix,
          context,
        );
      }
      return x;
    }
    if (!NumberIsNaN(x) && opts && opts.clamp) {
      return evenRound(MathMin(MathMax(x, lowerBound), upperBound));
    }
    if (!NumberIsFinite(x) || x === 0) return 0;
    x = censorNegativeZero(MathTrunc(x));
    if (x >= lowerBound && x <= upperBound) return x;
    if (bitLength === 64) {
      const big = unsigned ? BigIntAsUintN(64, BigInt(x)) : BigIntAsIntN(64, BigInt(x));
      return Number(big);
    }
    x = modulo(x, twoToTheBitLength);
    if (!unsigned && x >= twoToOneLessThanTheBitLength) return x - twoToTheBitLength;
    return x;
  };
}

const converters = { __proto__: null };

converters.any = (V) => V;
converters.boolean = (V) => !!V;
converters.byte = createIntegerConversion(8, false);
converters.octet = createIntegerConversion(8, true);
converters.short = createIntegerConversion(16, false);
converters["unsigned short"] = createIntegerConversion(16, true);
converters.long = createIntegerConversion(32, false);
converters["unsigned long"] = createIntegerConversion(32, true);
converters["long long"] = createIntegerConversion(64, false);
converters["unsigned long long"] = createIntegerConversion(64, true);

converters.double = (V, prefix, context) => {
  const x = toNumber(V);
  if (!NumberIsFinite(x)) throw makeException(TypeError, "is not a finite floating-point value", prefix, context);
  return x;
};
converters["unrestricted double"] = (V) => toNumber(V);
converters.float = (V, prefix, context) => {
  const x = converters.double(V, prefix, context);
  if (ObjectIs(x, -0)) return x;
  const y = MathFround(x);
  if (!NumberIsFinite(y)) {
    throw makeException(TypeError, "is outside the range of a single-precision floating-point value", prefix, context);
  }
  return y;
};
converters.DOMHighResTimeStamp = converters.double;

// ToString, which (unlike String()) throws for symbols.
converters.DOMString = (V, _prefix, _context, opts) => {
  if (typeof V === "string") return V;
  if (V === null && opts && opts.treatNullAsEmptyString) return "";
  if (typeof V === "symbol") throw new TypeError("Cannot convert a Symbol value to a string");
  return `${V}`;
};
converters.USVString = (V, prefix, context, opts) =>
  StringPrototypeToWellFormed(converters.DOMString(V, prefix, context, opts));
converters.ByteString = (V, prefix, context, opts) => {
  const x = converters.DOMString(V, prefix, context, opts);
  for (let i = 0; i < x.length; i++) {
    if (StringPrototypeCharCodeAt(x, i) > 255) {
      throw makeException(TypeError, "is not a valid ByteString", prefix, context);
    }
  }
  return x;
};

converters.object = (V, prefix, context) => {
  if (type(V) !== "Object") throw makeException(TypeError, "is not an object", prefix, context);
  return V;
};

function isSharedArrayBuffer(V) {
  return typeof SharedArrayBuffer === "function" && ObjectPrototypeIsPrototypeOf(SharedArrayBufferPrototype, V);
}
const SharedArrayBufferPrototype = typeof SharedArrayBuffer === "function" ? SharedArrayBuffer.prototype : null;

function viewBuffer(V) {
  return TypedArrayPrototypeGetSymbolToStringTag(V) !== undefined
    ? TypedArrayPrototypeGetBuffer(V)
    : DataViewPrototypeGetBuffer(V);
}

// `ArrayBuffer` (not shared). Uses the internal-slot test, not the prototype chain.
function isArrayBuffer(V) {
  if (type(V) !== "Object") return false;
  try {
    ArrayBufferPrototypeGetByteLength(V);
    return true;
  } catch {
    return false;
  }
}
const ArrayBufferPrototypeGetByteLength = (() => {
  const getter = ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
  return (buffer) => FunctionPrototypeCall(getter, buffer);
})();

converters.ArrayBufferView = (V, prefix, context, opts) => {
  if (!ArrayBufferIsView(V)) {
    throw makeException(TypeError, "is not a view on an ArrayBuffer or SharedArrayBuffer", prefix, context);
  }
  if (!(opts && opts.allowShared) && isSharedArrayBuffer(viewBuffer(V))) {
    throw makeException(TypeError, "is a view on a SharedArrayBuffer, which is not allowed", prefix, context);
  }
  return V;
};

// `AllowSharedBufferSource` when opts.allowShared, else `BufferSource`.
converters.BufferSource = (V, prefix, context, opts) => {
  if (ArrayBufferIsView(V)) return converters.ArrayBufferView(V, prefix, context, opts);
  if (isArrayBuffer(V)) return V;
  if (opts && opts.allowShared && isSharedArrayBuffer(V)) return V;
  throw makeException(TypeError, "is not an ArrayBuffer or a view on one", prefix, context);
};

converters.Uint8Array = (V, prefix, context, opts) => {
  if (TypedArrayPrototypeGetSymbolToStringTag(V) !== "Uint8Array") {
    throw makeException(TypeError, "is not an Uint8Array object", prefix, context);
  }
  if (!(opts && opts.allowShared) && isSharedArrayBuffer(TypedArrayPrototypeGetBuffer(V))) {
    throw makeException(TypeError, "is a view on a SharedArrayBuffer, which is not allowed", prefix, context);
  }
  return V;
};

// Callback functions and callback interfaces are kept as the given value; they are
// invoked (and, for interfaces, their method looked up) at call time.
converters.Function = (V, prefix, context) => {
  if (typeof V !== "function") throw makeException(TypeError, "is not a function", prefix, context);
  return V;
};

/** Throws the WebIDL overload-resolution TypeError when too few arguments were passed. */
function requiredArguments(length, required, prefix) {
  if (length < required) {
    throw new TypeError(
      `${prefix ? prefix + ": " : ""}${required} argument${required === 1 ? "" : "s"} required, but only ${length} present`,
    );
  }
}

// https://webidl.spec.whatwg.org/#es-dictionary: members in lexicographic order,
// inherited dictionaries' members first (callers pass them in that order).
function createDictionaryConverter(name, ...dictionaries) {
  const allMembers = [];
  for (let i = 0; i < dictionaries.length; ++i) {
    const members = [...dictionaries[i]];
    ArrayPrototypeSort(members, (a, b) => (a.key === b.key ? 0 : a.key < b.key ? -1 : 1));
    for (let j = 0; j < members.length; ++j) ArrayPrototypePush(allMembers, members[j]);
  }
  const hasRequired = allMembers.some((m) => m.required);

  return function convert(V, prefix, context, opts) {
    const typeV = type(V);
    if (typeV !== "Undefined" && typeV !== "Null" && typeV !== "Object") {
      throw makeException(TypeError, "can not be converted to a dictionary", prefix, context);
    }
    if ((typeV === "Undefined" || typeV === "Null") && hasRequired) {
      throw makeException(TypeError, "can not be converted to a dictionary", prefix, context);
    }
    const esDict = V;
    const idlDict = { __proto__: null };
    for (let i = 0; i < allMembers.length; ++i) {
      const member = allMembers[i];
      const key = member.key;
      const esMemberValue = typeV === "Object" ? esDict[key] : undefined;
      if (esMemberValue !== undefined) {
        const memberContext = `'${key}' of '${name}'${context ? ` (${context})` : ""}`;
        idlDict[key] = member.converter(esMemberValue, prefix, memberContext, opts);
      } else if (member.required) {
        throw makeException(
          TypeError,
          `can not be converted to '${name}' because '${key}' is required in '${name}'`,
          prefix,
          context,
        );
      } else if (ReflectHas(member, "defaultValue")) {
        const d = member.defaultValue;
        idlDict[key] = typeof d === "function" ? d() : d;
      }
    }
    return idlDict;
  };
}

function createEnumConverter(name, values) {
  const E = new SafeSet(values);
  return (V, prefix) => {
    const S = converters.DOMString(V);
    if (!SetPrototypeHas(E, S)) {
      throw new TypeError(`${prefix ? prefix + ": " : ""}The provided value '${S}' is not a valid enum value of type ${name}`);
    }
    return S;
  };
}

function createNullableConverter(converter) {
  return (V, prefix, context, opts) => (V === null || V === undefined ? null : converter(V, prefix, context, opts));
}

// https://webidl.spec.whatwg.org/#es-sequence
function createSequenceConverter(converter) {
  return (V, prefix, context, opts) => {
    if (type(V) !== "Object") throw makeException(TypeError, "can not be converted to sequence.", prefix, context);
    const method = V[SymbolIterator];
    if (typeof method !== "function") {
      throw makeException(TypeError, "can not be converted to sequence.", prefix, context);
    }
    return sequenceFromIterable(V, method, converter, prefix, context, opts);
  };
}

function sequenceFromIterable(V, method, converter, prefix, context, opts) {
  const iter = FunctionPrototypeCall(method, V);
  if (type(iter) !== "Object") throw makeException(TypeError, "can not be converted to sequence.", prefix, context);
  const next = iter.next;
  const array = [];
  while (true) {
    const res = FunctionPrototypeCall(next, iter);
    if (type(res) !== "Object") throw makeException(TypeError, "can not be converted to sequence.", prefix, context);
    if (res.done) break;
    ArrayPrototypePush(array, converter(res.value, prefix, `${context ? context : "Value"}, index ${array.length}`, opts));
  }
  return array;
}

// https://webidl.spec.whatwg.org/#es-record
function createRecordConverter(keyConverter, valueConverter) {
  return (V, prefix, context, opts) => {
    if (type(V) !== "Object") throw makeException(TypeError, "can not be converted to a record", prefix, context);
    const result = { __proto__: null };
    const keys = ReflectOwnKeys(V);
    for (let i = 0; i < keys.length; ++i) {
      const key = keys[i];
      const desc = ObjectGetOwnPropertyDescriptor(V, key);
      if (desc !== undefined && desc.enumerable === true) {
        const typedKey = keyConverter(key, prefix, context, opts);
        const typedValue = valueConverter(V[key], prefix, context, opts);
        result[typedKey] = typedValue;
      }
    }
    return result;
  };
}

const brand = Symbol("[[webidl.brand]]");

/** Whether V is an instance of the interface whose prototype is `prototype`. */
function isBranded(V, prototype) {
  return type(V) === "Object" && V[brand] === brand && ObjectPrototypeIsPrototypeOf(prototype, V);
}

function createInterfaceConverter(name, prototype) {
  return (V, prefix, context) => {
    if (!isBranded(V, prototype)) throw makeException(TypeError, `is not of type ${name}`, prefix, context);
    return V;
  };
}

/** Marks a new object as an instance (call it first thing in a constructor). */
function setBrand(object) {
  ObjectDefineProperty(object, brand, { __proto__: null, value: brand });
}

/** An instance made without running the constructor (for objects the platform creates). */
function createBranded(Type) {
  const t = ObjectCreate(Type.prototype);
  setBrand(t);
  return t;
}

/** A method or accessor called on a foreign `this` throws (WebIDL "Illegal invocation"). */
function assertBranded(self, prototype) {
  if (!isBranded(self, prototype)) throw new TypeError("Illegal invocation");
}

// Checks that recognise the runtime's platform objects (instances of Web IDL interfaces)
// which are not marked with `brand` (classes that keep their slots in private fields).
// structuredClone refuses platform objects that are not serializable.
const platformObjectChecks = [];
function registerPlatformObjectCheck(check) {
  ArrayPrototypePush(platformObjectChecks, check);
}
function isPlatformObject(V) {
  if (V[brand] === brand) return true;
  for (let i = 0; i < platformObjectChecks.length; i++) {
    if (platformObjectChecks[i](V)) return true;
  }
  return false;
}

function illegalConstructor() {
  throw new TypeError("Illegal constructor");
}

// WebIDL's property shape for an interface: operations and attributes are enumerable,
// and the prototype's @@toStringTag is the interface name. Classes give neither.
function configureInterface(interface_, name = interface_.name) {
  configureProperties(interface_);
  configureProperties(interface_.prototype);
  ObjectDefineProperty(interface_.prototype, SymbolToStringTag, {
    __proto__: null,
    value: name,
    enumerable: false,
    configurable: true,
    writable: false,
  });
}

function configureProperties(obj) {
  const descriptors = ObjectGetOwnPropertyDescriptors(obj);
  const keys = ReflectOwnKeys(descriptors);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key !== "string" || key === "constructor" || key === "prototype") continue;
    const descriptor = descriptors[key];
    if (ReflectHas(descriptor, "value") && typeof descriptor.value === "function") {
      ObjectDefineProperty(obj, key, { __proto__: null, enumerable: true, writable: true, configurable: true });
    } else if (ReflectHas(descriptor, "get")) {
      ObjectDefineProperty(obj, key, { __proto__: null, enumerable: true, configurable: true });
    }
  }
}

// https://webidl.spec.whatwg.org/#es-iterable: a pair iterator over `this[dataSymbol]`, a
// list of [key, value] pairs read live at each step (so mutations during iteration show).
const iteratorPrototypeOfArrays = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));

function mixinPairIterable(name, interface_, dataSymbol, keyIndex, valueIndex) {
  const iteratorInternal = Symbol("iterator internal");
  const iteratorPrototype = ObjectCreate(iteratorPrototypeOfArrays, {
    [SymbolToStringTag]: { __proto__: null, configurable: true, value: `${name} Iterator` },
  });
  const nextHolder = {
    next() {
      const internal = type(this) === "Object" ? this[iteratorInternal] : undefined;
      if (internal === undefined) throw new TypeError("Illegal invocation");
      const { target, kind, index } = internal;
      const values = target[dataSymbol];
      if (index >= values.length) return { value: undefined, done: true };
      const pair = values[index];
      internal.index = index + 1;
      let result;
      if (kind === "key") result = pair[keyIndex];
      else if (kind === "value") result = pair[valueIndex];
      else result = [pair[keyIndex], pair[valueIndex]];
      return { value: result, done: false };
    },
  };
  ObjectDefineProperty(iteratorPrototype, "next", {
    __proto__: null,
    value: nextHolder.next,
    writable: true,
    enumerable: true,
    configurable: true,
  });

  function createIterator(target, kind) {
    const iterator = ObjectCreate(iteratorPrototype);
    ObjectDefineProperty(iterator, iteratorInternal, { __proto__: null, value: { target, kind, index: 0 } });
    return iterator;
  }

  const prototype = interface_.prototype;
  const methods = {
    entries() {
      assertBranded(this, prototype);
      return createIterator(this, "key+value");
    },
    keys() {
      assertBranded(this, prototype);
      return createIterator(this, "key");
    },
    values() {
      assertBranded(this, prototype);
      return createIterator(this, "value");
    },
    forEach(callback, thisArg = undefined) {
      assertBranded(this, prototype);
      requiredArguments(arguments.length, 1, `Failed to execute 'forEach' on '${name}'`);
      converters.Function(callback, `Failed to execute 'forEach' on '${name}'`, "Argument 1");
      const pairs = this[dataSymbol];
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i];
        FunctionPrototypeCall(callback, thisArg, pair[valueIndex], pair[keyIndex], this);
      }
    },
  };
  const method = (value, enumerable) => ({ __proto__: null, value, writable: true, enumerable, configurable: true });
  ObjectDefineProperties(prototype, {
    entries: method(methods.entries, true),
    keys: method(methods.keys, true),
    values: method(methods.values, true),
    forEach: method(methods.forEach, true),
    [SymbolIterator]: method(methods.entries, false),
  });
}

export {
  assertBranded,
  brand,
  configureInterface,
  converters,
  createBranded,
  createDictionaryConverter,
  createEnumConverter,
  createInterfaceConverter,
  createNullableConverter,
  createRecordConverter,
  createSequenceConverter,
  illegalConstructor,
  isArrayBuffer,
  isBranded,
  isPlatformObject,
  isSharedArrayBuffer,
  makeException,
  mixinPairIterable,
  registerPlatformObjectCheck,
  requiredArguments,
  sequenceFromIterable,
  setBrand,
  type,
};
