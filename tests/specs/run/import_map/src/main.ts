import { hello } from "greeting"; import { n } from "@app/num.ts"; console.log(hello, n);
