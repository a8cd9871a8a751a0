// deno-fmt-ignore-file
const   left  =  "as written";
