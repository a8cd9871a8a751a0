import { double } from "./lib/math.ts";
import data from "./data.json" with { type: "json" };
import { a } from "./cycle_a.ts";
import { render } from "./view.tsx";

console.log(double(21));
console.log(data.name, data.list.length);
console.log(a());
const lazy = await import("./lib/lazy.js");
console.log(lazy.value);
const name = "computed";
const computed = await import(`./lib/${name}.ts`);
console.log(computed.greet("dynamic"));
console.log(import.meta.main, import.meta.url.endsWith("/main.ts"));
console.log(import.meta.resolve("./lib/math.ts").endsWith("/lib/math.ts"));
console.log(render());
