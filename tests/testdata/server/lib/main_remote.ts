import { greet } from "./greet.ts";
console.log(greet("main"), import.meta.main, import.meta.url);
