import ms from "npm:ms@2.1";
import old from "npm:ms@~2.0.0";
import { createRequire } from "node:module";

console.log(ms("2 days"), ms(60000), ms(2 * 60 * 60 * 1000, { long: true }));
console.log(typeof old, old("1h"));
const require = createRequire(import.meta.url);
console.log(typeof require("node:path").join);
