// High Resolution Time (https://w3c.github.io/hr-time/) and User Timing
// (https://w3c.github.io/user-timing/): `performance` with now/timeOrigin/toJSON,
// mark/measure and the performance entry buffer, PerformanceEntry, PerformanceMark and
// PerformanceMeasure. The clock is Rust's monotonic Instant since the process started.
import { primordials } from "ext:core/mod.js";
import { op_web_now, op_web_time_origin } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { DOMException } from "ext:x_ext_web/01_dom_exception.js";
import { EventTarget } from "ext:x_ext_web/02_event.js";
import { structuredCloneInternal } from "ext:x_ext_web/06_structured_clone.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";

const {
  ArrayPrototypeFilter,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  ObjectKeys,
  ReflectHas,
  Symbol,
  TypeError,
} = primordials;

const illegalConstructorKey = Symbol("illegalConstructorKey");
const _entry = Symbol("entry");

function now() {
  return op_web_now();
}

// ---------------------------------------------------------------------------------------
// Entries

function entryData(self) {
  webidl.assertBranded(self, PerformanceEntryPrototype);
  return self[_entry];
}

class PerformanceEntry {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) webidl.illegalConstructor();
  }

  get name() {
    return entryData(this).name;
  }

  get entryType() {
    return entryData(this).entryType;
  }

  get startTime() {
    return entryData(this).startTime;
  }

  get duration() {
    return entryData(this).duration;
  }

  toJSON() {
    const d = entryData(this);
    return { name: d.name, entryType: d.entryType, startTime: d.startTime, duration: d.duration };
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes(this.constructor.name, this, ["name", "entryType", "startTime", "duration"], inspect, options);
  }
}
webidl.configureInterface(PerformanceEntry);
const PerformanceEntryPrototype = PerformanceEntry.prototype;

function initEntry(entry, name, entryType, startTime, duration, detail) {
  webidl.setBrand(entry);
  entry[_entry] = { name, entryType, startTime, duration, detail };
}

const convertMarkOptions = webidl.createDictionaryConverter("PerformanceMarkOptions", [
  { key: "detail", converter: webidl.converters.any },
  { key: "startTime", converter: webidl.converters.DOMHighResTimeStamp },
]);

class PerformanceMark extends PerformanceEntry {
  constructor(markName, markOptions = undefined) {
    const prefix = "Failed to construct 'PerformanceMark'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    markName = webidl.converters.DOMString(markName, prefix, "Argument 1");
    const options = convertMarkOptions(markOptions, prefix, "Argument 2");
    super(illegalConstructorKey);
    let startTime = options.startTime;
    if (startTime === undefined) {
      startTime = now();
    } else if (startTime < 0) {
      throw new TypeError(`${prefix}: 'startTime' cannot be negative`);
    }
    const detail = options.detail === undefined ? null : structuredCloneInternal(options.detail);
    initEntry(this, markName, "mark", startTime, 0, detail);
  }

  get detail() {
    webidl.assertBranded(this, PerformanceMarkPrototype);
    return this[_entry].detail;
  }

  toJSON() {
    const d = entryData(this);
    return { name: d.name, entryType: d.entryType, startTime: d.startTime, duration: d.duration, detail: d.detail };
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("PerformanceMark", this, ["name", "entryType", "startTime", "duration", "detail"], inspect, options);
  }
}
webidl.configureInterface(PerformanceMark);
const PerformanceMarkPrototype = PerformanceMark.prototype;

class PerformanceMeasure extends PerformanceEntry {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) webidl.illegalConstructor();
    super(key);
  }

  get detail() {
    webidl.assertBranded(this, PerformanceMeasurePrototype);
    return this[_entry].detail;
  }

  toJSON() {
    const d = entryData(this);
    return { name: d.name, entryType: d.entryType, startTime: d.startTime, duration: d.duration, detail: d.detail };
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes(
      "PerformanceMeasure",
      this,
      ["name", "entryType", "startTime", "duration", "detail"],
      inspect,
      options,
    );
  }
}
webidl.configureInterface(PerformanceMeasure);
const PerformanceMeasurePrototype = PerformanceMeasure.prototype;

// ---------------------------------------------------------------------------------------
// Performance

// The performance entry buffer: marks and measures, in insertion order.
let entries = [];

function filterEntries(name, type) {
  const found = ArrayPrototypeFilter(entries, (entry) => {
    const d = entry[_entry];
    return (name === undefined || d.name === name) && (type === undefined || d.entryType === type);
  });
  // "Sorted in chronological order with respect to startTime" (a stable sort).
  return ArrayPrototypeSort(found, (a, b) => a[_entry].startTime - b[_entry].startTime);
}

function clearEntries(type, name) {
  entries = ArrayPrototypeFilter(entries, (entry) => {
    const d = entry[_entry];
    return d.entryType !== type || (name !== undefined && d.name !== name);
  });
}

const convertMeasureOptions = webidl.createDictionaryConverter("PerformanceMeasureOptions", [
  { key: "detail", converter: webidl.converters.any },
  { key: "start", converter: (v) => convertMarkReference(v) },
  { key: "duration", converter: webidl.converters.DOMHighResTimeStamp },
  { key: "end", converter: (v) => convertMarkReference(v) },
]);

// (DOMString or DOMHighResTimeStamp): numbers stay numbers, anything else is a name.
function convertMarkReference(value) {
  return typeof value === "number" ? value : webidl.converters.DOMString(value);
}

// https://w3c.github.io/user-timing/#dfn-convert-a-mark-to-a-timestamp
function markToTimestamp(mark) {
  if (typeof mark === "string") {
    for (let i = entries.length - 1; i >= 0; i--) {
      const d = entries[i][_entry];
      if (d.entryType === "mark" && d.name === mark) return d.startTime;
    }
    throw new DOMException(`Cannot find mark: "${mark}".`, "SyntaxError");
  }
  if (mark < 0) throw new TypeError(`Mark cannot be negative: ${mark}.`);
  return mark;
}

let performanceBrand;

class Performance extends EventTarget {
  #brand = true;

  constructor(key = undefined) {
    if (key !== illegalConstructorKey) webidl.illegalConstructor();
    super();
  }

  static {
    performanceBrand = (v) => v !== null && typeof v === "object" && #brand in v;
  }

  now() {
    assertPerformance(this);
    return now();
  }

  get timeOrigin() {
    assertPerformance(this);
    return op_web_time_origin();
  }

  toJSON() {
    assertPerformance(this);
    return { timeOrigin: op_web_time_origin() };
  }

  mark(markName, markOptions = undefined) {
    assertPerformance(this);
    const prefix = "Failed to execute 'mark' on 'Performance'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    const entry = new PerformanceMark(markName, markOptions);
    ArrayPrototypePush(entries, entry);
    return entry;
  }

  clearMarks(markName = undefined) {
    assertPerformance(this);
    if (markName !== undefined) markName = webidl.converters.DOMString(markName);
    clearEntries("mark", markName);
  }

  measure(measureName, startOrMeasureOptions = undefined, endMark = undefined) {
    assertPerformance(this);
    const prefix = "Failed to execute 'measure' on 'Performance'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    measureName = webidl.converters.DOMString(measureName, prefix, "Argument 1");
    // (DOMString or PerformanceMeasureOptions): an object (or null/undefined) is the
    // dictionary, anything else the mark name.
    let options = null;
    let startMark;
    if (webidl.type(startOrMeasureOptions) === "Object") {
      options = convertMeasureOptions(startOrMeasureOptions, prefix, "Argument 2");
    } else if (startOrMeasureOptions !== undefined && startOrMeasureOptions !== null) {
      startMark = webidl.converters.DOMString(startOrMeasureOptions, prefix, "Argument 2");
    }
    if (endMark !== undefined) endMark = webidl.converters.DOMString(endMark, prefix, "Argument 3");

    const hasOptions = options !== null && ObjectKeys(options).length > 0;
    if (hasOptions) {
      if (endMark !== undefined) {
        throw new TypeError(`${prefix}: options cannot be passed with an end mark`);
      }
      if (!ReflectHas(options, "start") && !ReflectHas(options, "end")) {
        throw new TypeError(`${prefix}: options must have a start or an end`);
      }
      if (ReflectHas(options, "start") && ReflectHas(options, "duration") && ReflectHas(options, "end")) {
        throw new TypeError(`${prefix}: options cannot have start, duration and end together`);
      }
    }

    let endTime;
    if (endMark !== undefined) endTime = markToTimestamp(endMark);
    else if (hasOptions && ReflectHas(options, "end")) endTime = markToTimestamp(options.end);
    else if (hasOptions && ReflectHas(options, "start") && ReflectHas(options, "duration")) {
      endTime = markToTimestamp(options.start) + options.duration;
    } else endTime = now();

    let startTime;
    if (hasOptions && ReflectHas(options, "start")) startTime = markToTimestamp(options.start);
    else if (hasOptions && ReflectHas(options, "duration") && ReflectHas(options, "end")) {
      startTime = endTime - options.duration;
    } else if (startMark !== undefined) startTime = markToTimestamp(startMark);
    else startTime = 0;

    const detail = hasOptions && options.detail !== undefined ? structuredCloneInternal(options.detail) : null;
    const entry = new PerformanceMeasure(illegalConstructorKey);
    initEntry(entry, measureName, "measure", startTime, endTime - startTime, detail);
    ArrayPrototypePush(entries, entry);
    return entry;
  }

  clearMeasures(measureName = undefined) {
    assertPerformance(this);
    if (measureName !== undefined) measureName = webidl.converters.DOMString(measureName);
    clearEntries("measure", measureName);
  }

  getEntries() {
    assertPerformance(this);
    return filterEntries(undefined, undefined);
  }

  getEntriesByType(type) {
    assertPerformance(this);
    const prefix = "Failed to execute 'getEntriesByType' on 'Performance'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    type = webidl.converters.DOMString(type, prefix, "Argument 1");
    return filterEntries(undefined, type);
  }

  getEntriesByName(name, type = undefined) {
    assertPerformance(this);
    const prefix = "Failed to execute 'getEntriesByName' on 'Performance'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.DOMString(name, prefix, "Argument 1");
    if (type !== undefined) type = webidl.converters.DOMString(type, prefix, "Argument 2");
    return filterEntries(name, type);
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("Performance", this, ["timeOrigin"], inspect, options);
  }
}

function assertPerformance(self) {
  if (!performanceBrand(self)) throw new TypeError("Illegal invocation");
}
webidl.configureInterface(Performance);

const performance = new Performance(illegalConstructorKey);

export { now, Performance, performance, PerformanceEntry, PerformanceMark, PerformanceMeasure };
