import { x } from "./gone.ts";
/** Re-exported. */
export const y = x;
