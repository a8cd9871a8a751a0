import { greet } from "http://$SERVER/redirect/lib/greet.ts";
console.log(greet("x"));
