export function helper(n: number): number { return n * 2; }
export interface Shape { w: number; h: number }
