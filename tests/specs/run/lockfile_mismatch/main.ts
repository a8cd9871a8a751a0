import { n } from "http://$SERVER/counter.ts";
console.log(typeof n);
