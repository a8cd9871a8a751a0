import { fromB } from "./b.ts";

export function twice(n: number): number {
  return n * 2;
}

export const value = fromB + 1;
