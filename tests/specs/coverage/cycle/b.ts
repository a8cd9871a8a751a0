import { twice } from "./a.ts";

// Runs while a.ts has not evaluated yet: its hoisted function still counts.
export const fromB = twice(20);
