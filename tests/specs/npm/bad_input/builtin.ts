import cp from "node:child_process";
console.log(cp);
