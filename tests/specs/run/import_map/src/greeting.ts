export const hello = "hello from the import map";
