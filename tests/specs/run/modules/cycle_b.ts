import { a } from "./cycle_a.ts";
export function b(): string {
  return typeof a === "function" ? "b" : "broken";
}
