import { suffix } from "./suffix.ts";
export function greet(name: string): string {
  return `remote hello, ${name}${suffix}`;
}
