import "./a.ts"; export const b = 2;
