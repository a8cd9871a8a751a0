import { b } from "./cycle_b.ts";
export function a(): string {
  return "a+" + b();
}
