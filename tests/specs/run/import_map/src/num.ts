export const n = 7;
