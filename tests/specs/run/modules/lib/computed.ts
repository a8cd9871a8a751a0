export const greet = (who: string): string => `hello ${who}`;
console.log("computed loaded, main?", import.meta.main);
