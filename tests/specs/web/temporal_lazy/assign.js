// A program that brings its own Temporal before the first read keeps it; the
// polyfill is never evaluated.
globalThis.Temporal = { mine: true };
console.log(Temporal, Object.getOwnPropertyDescriptor(globalThis, "Temporal").writable);
