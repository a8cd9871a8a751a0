// Imports every built-in once (at snapshot time) and hands require() their values:
// what `require("events")` returns is the module's default export, as in Node.

import assert from "ext:x_ext_node/assert.js";
import asyncHooks from "ext:x_ext_node/async_hooks.js";
import buffer from "ext:x_ext_node/buffer.js";
import crypto from "ext:x_ext_node/crypto.js";
import events from "ext:x_ext_node/events.js";
import fs from "ext:x_ext_node/fs.js";
import fsPromises from "ext:x_ext_node/fs_promises.js";
import Module, { builtinModules, setBuiltins } from "ext:x_ext_node/module.js";
import os from "ext:x_ext_node/os.js";
import path from "ext:x_ext_node/path.js";
import process from "ext:x_ext_node/process.js";
import stream from "ext:x_ext_node/stream.js";
import stringDecoder from "ext:x_ext_node/string_decoder.js";
import timers from "ext:x_ext_node/timers.js";
import timersPromises from "ext:x_ext_node/timers_promises.js";
import url from "ext:x_ext_node/url.js";
import util from "ext:x_ext_node/util.js";
import utilTypes from "ext:x_ext_node/util_types.js";

const map = new Map([
  ["assert", assert],
  ["assert/strict", assert],
  ["async_hooks", asyncHooks],
  ["buffer", buffer],
  ["crypto", crypto],
  ["events", events],
  ["fs", fs],
  ["fs/promises", fsPromises],
  ["module", Module],
  ["os", os],
  ["path", path],
  ["path/posix", path],
  ["process", process],
  ["stream", stream],
  ["string_decoder", stringDecoder],
  ["timers", timers],
  ["timers/promises", timersPromises],
  ["url", url],
  ["util", util],
  ["util/types", utilTypes],
]);
setBuiltins(map);
builtinModules.push(...map.keys());

export { buffer, process, timers };
