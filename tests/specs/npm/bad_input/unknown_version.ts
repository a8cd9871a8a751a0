import ms from "npm:ms@^9.1";
console.log(ms);
