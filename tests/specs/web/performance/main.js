const t1 = performance.now();
const t2 = performance.now();
console.log(typeof t1, t2 >= t1, t1 >= 0, Math.abs(performance.timeOrigin + t1 - Date.now()) < 1000);
console.log(Object.keys(performance.toJSON()).join(","), performance.toJSON().timeOrigin === performance.timeOrigin);
const m1 = performance.mark("start", { detail: { a: 1 }, startTime: 1 });
const m2 = performance.mark("end", { startTime: 50 });
console.log(m1 instanceof PerformanceMark, m1 instanceof PerformanceEntry, m1.entryType, m1.duration, m1.detail, m2.startTime);
const detail = { d: 1 };
const meas = performance.measure("m", { start: 10, end: "end", detail });
console.log(meas.entryType, meas.startTime, meas.duration, meas.detail, meas.detail !== detail);
console.log(performance.measure("d", { start: 5, duration: 20 }).duration, performance.measure("e", { duration: 10, end: 40 }).startTime);
console.log(performance.measure("s", "end", "end").duration, performance.measure("z").startTime);
for (const args of [["x", "nope"], ["x", { detail: 1 }], ["x", { start: 1, end: 2 }, "end"], ["x", { start: 1, duration: 1, end: 2 }], ["x", { start: -1 }]]) {
  try { performance.measure(...args); console.log("ok"); } catch (e) { console.log(e.name); }
}
console.log(performance.getEntries().map((e) => e.name).join(","));
console.log(performance.getEntriesByType("mark").map((e) => e.name).join(","), performance.getEntriesByName("m").length, performance.getEntriesByName("m", "mark").length);
console.log(JSON.stringify(m2.toJSON()));
performance.clearMarks("start");
console.log(performance.getEntriesByType("mark").length);
performance.clearMarks();
performance.clearMeasures("m");
console.log(performance.getEntriesByType("mark").length, performance.getEntriesByType("measure").length);
performance.clearMeasures();
console.log(performance.getEntries().length);
try { new Performance(); } catch (e) { console.log(e.constructor.name); }
try { new PerformanceMark("x", { startTime: -1 }); } catch (e) { console.log(e.constructor.name); }
console.log(new PerformanceMark("solo").name, performance.getEntries().length);
console.log(navigator.userAgent.startsWith("x/"), navigator.hardwareConcurrency >= 1, typeof navigator.language, navigator.languages[0] === navigator.language);
console.log(navigator instanceof Navigator, Object.prototype.toString.call(navigator), Object.prototype.toString.call(performance));
