// Temporal is evaluated on first use (the engine's polyfill is not in the startup
// snapshot): before that, globalThis has an accessor; after it, the namespace as a
// writable, non-enumerable data property, as the polyfill made it before.
const before = Object.getOwnPropertyDescriptor(globalThis, "Temporal");
console.log("before:", typeof before.get, typeof before.set, before.enumerable, before.configurable);
console.log(String(Temporal));
const after = Object.getOwnPropertyDescriptor(globalThis, "Temporal");
console.log("after:", "value" in after, after.writable, after.enumerable, after.configurable);
console.log(Temporal.PlainDate.from("2024-01-02").add({ days: 40 }).toString());
console.log(Temporal.ZonedDateTime.from("2024-03-10T12:00[America/New_York]").toString());
console.log(Temporal.Duration.from({ hours: 25 }).round({ largestUnit: "day", relativeTo: "2024-01-01" }).toString());
console.log(Temporal.Now.instant().epochMilliseconds > 0);
console.log("no stray global:", typeof globalThis.temporal);
// Read from the snapshot's bytecode, which carries no source text: the polyfill's
// functions read as native code, as the runtime's own do.
console.log(String(Temporal.PlainDate.prototype.add).includes("[native code]"));
