import http from "npm:x-cjs-named@1/uses-http.js";
console.log(http);
