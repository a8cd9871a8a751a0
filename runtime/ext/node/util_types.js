// node:util/types: value checks.

const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);
export const isPromise = (v) => v instanceof Promise;
export const isDate = (v) => v instanceof Date;
export const isRegExp = (v) => v instanceof RegExp;
export const isMap = (v) => v instanceof Map;
export const isSet = (v) => v instanceof Set;
export const isWeakMap = (v) => v instanceof WeakMap;
export const isWeakSet = (v) => v instanceof WeakSet;
export const isNativeError = (v) => v instanceof Error;
export const isTypedArray = (v) => ArrayBuffer.isView(v) && !(v instanceof DataView);
export const isUint8Array = (v) => v instanceof Uint8Array;
export const isArrayBuffer = (v) => v instanceof ArrayBuffer;
export const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer || tag(v) === "SharedArrayBuffer";
export const isArrayBufferView = (v) => ArrayBuffer.isView(v);
export const isDataView = (v) => v instanceof DataView;
export const isAsyncFunction = (v) => typeof v === "function" && tag(v) === "AsyncFunction";
export const isGeneratorFunction = (v) => typeof v === "function" && /GeneratorFunction$/.test(tag(v));
export const isGeneratorObject = (v) => tag(v) === "Generator";
export const isBoxedPrimitive = (v) =>
  v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt || v instanceof Symbol;
export const isProxy = () => false;
const types = {
  isPromise, isDate, isRegExp, isMap, isSet, isWeakMap, isWeakSet, isNativeError, isTypedArray, isUint8Array,
  isArrayBuffer, isAnyArrayBuffer, isArrayBufferView, isDataView, isAsyncFunction, isGeneratorFunction,
  isGeneratorObject, isBoxedPrimitive, isProxy,
};
export default types;
