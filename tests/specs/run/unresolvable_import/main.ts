import { x } from "./helpers.ts";
import { y } from "./missing.ts";
console.log(x, y);
