import ms from "npm:ms@2";
import { z } from "npm:zod@4";
console.log(ms("1m"), z.string().parse("ok"));
