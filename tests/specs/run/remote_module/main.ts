import { greet } from "http://$SERVER/lib/greet.ts";
console.log(greet("x"));
