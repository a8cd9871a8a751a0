import http from "npm:x-cjs-named@1/http.mjs";
console.log(http);
