// deno-fmt-ignore
const matrix = [
  1, 0,
  0, 1,
];
const   other  =  2;
