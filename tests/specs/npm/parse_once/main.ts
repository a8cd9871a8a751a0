import pkg, { add, answer, colors, dirOk, file, greet, hour, thisIsExports, version } from "npm:x-cjs-named@1";
import * as ns from "npm:x-cjs-named@1";
import { add as add2 } from "npm:x-cjs-named@1/reexport.js";

console.log(add(2, 3), greet("cjs"), version, answer, file, dirOk, hour, colors, thisIsExports);
console.log(ns["kebab-name"], typeof pkg.emitter.on, add2 === add);
