export const suffix: string = "!";
