import ms from "npm:ms@2";
console.log(ms("1s"));
