import { fail } from "http://$SERVER/lib/throws.ts";
fail();
