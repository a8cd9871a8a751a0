console.log(self === globalThis, typeof self.addEventListener, self.URL === URL);
self.addEventListener("load", () => console.log("load via self"));
self = 1;
console.log(self === globalThis);
const descriptor = Object.getOwnPropertyDescriptor(globalThis, "self");
console.log(typeof descriptor.get, typeof descriptor.set, descriptor.enumerable, descriptor.configurable);
