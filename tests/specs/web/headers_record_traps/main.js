const log = [];
const handler = {};
for (const name of Object.getOwnPropertyNames(Reflect)) {
  handler[name] = (...args) => {
    log.push(`${name} ${typeof args[1] === "symbol" ? args[1].toString() : args[1] ?? ""}`.trim());
    return Reflect[name](...args);
  };
}
const headers = new Headers(new Proxy({ a: "b", c: "d" }, handler));
console.log(log);
console.log([...headers]);

// A Headers whose @@iterator was replaced is a sequence like any other: its iterator runs.
const replaced = new Headers([["x", "y"]]);
replaced[Symbol.iterator] = function* () {
  yield ["from-iterator", "1"];
};
console.log([...new Headers(replaced)], [...new Headers(new Headers([["x", "y"]]))]);
