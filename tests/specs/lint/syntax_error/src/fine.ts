export const fine = 1;
var v = 2;
