"use strict";
const path = require("path");
const { EventEmitter } = require("node:events");
const ms = require("ms");
const data = require("./data.json");

exports.add = function add(a, b) {
  return a + b;
};
exports.greet = require("./lib/greet").greet;
exports.version = require("./package.json").version;
exports["kebab-name"] = "kebab";
Object.defineProperty(exports, "answer", { enumerable: true, get: () => 42 });
exports.file = path.basename(__filename);
exports.dirOk = __dirname.endsWith("1.0.0");
exports.hour = ms("1h");
exports.colors = data.colors;
exports.emitter = new EventEmitter();
exports.thisIsExports = this === module.exports;
