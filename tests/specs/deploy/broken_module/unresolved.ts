import { b } from "./missing.ts";
console.log(b);
