import { x } from "std:nope";
/** Uses it. */
export const y: number = x;
