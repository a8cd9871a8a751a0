// Intl.RelativeTimeFormat and Intl.ListFormat: units, styles, numeric "auto", plurals,
// formatToParts, resolvedOptions and the argument errors.
// Expected output: deno 2.9.6 (V8 + ICU) on this file, checked by eye.
const rtf = new Intl.RelativeTimeFormat("en");
console.log(rtf.format(1, "day"), "|", rtf.format(-1, "day"), "|", rtf.format(3, "hours"), "|", rtf.format(-2.5, "month"));
const auto = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
console.log(auto.format(1, "day"), "|", auto.format(-1, "day"), "|", auto.format(0, "year"), "|", auto.format(2, "week"));
console.log(new Intl.RelativeTimeFormat("en", { style: "short" }).format(-5, "minute"), "|", new Intl.RelativeTimeFormat("en", { style: "narrow" }).format(2, "quarter"));
console.log(new Intl.RelativeTimeFormat("de").format(-3, "day"), "|", new Intl.RelativeTimeFormat("de", { numeric: "auto" }).format(-2, "day"));
console.log(new Intl.RelativeTimeFormat("es", { numeric: "auto" }).format(1, "day"), "|", new Intl.RelativeTimeFormat("ru").format(5, "year"));
console.log(new Intl.RelativeTimeFormat("en").format(1234.5678, "second"));
console.log(JSON.stringify(rtf.formatToParts(100, "day")));
console.log(JSON.stringify(auto.formatToParts(-1, "day")));
console.log(JSON.stringify(new Intl.RelativeTimeFormat("de").formatToParts(-1.5, "hour")));
console.log(JSON.stringify(auto.resolvedOptions()));
for (const bad of [() => rtf.format(1, "fortnight"), () => rtf.format(Infinity, "day"), () => new Intl.RelativeTimeFormat("en", { style: "tiny" })]) {
  try {
    bad();
    console.log("no error");
  } catch (e) {
    console.log(e.constructor.name);
  }
}

const fruits = ["apples", "pears", "plums"];
for (const type of ["conjunction", "disjunction", "unit"] as const) {
  for (const style of ["long", "short", "narrow"] as const) {
    console.log(type, style, "|", new Intl.ListFormat("en", { type, style }).format(fruits));
  }
}
console.log(new Intl.ListFormat("en").format(["a", "b"]), "|", new Intl.ListFormat("en").format(["a"]), "|", JSON.stringify(new Intl.ListFormat("en").format([])));
console.log(new Intl.ListFormat("de").format(fruits), "|", new Intl.ListFormat("es", { type: "disjunction" }).format(fruits), "|", new Intl.ListFormat("ja").format(fruits));
console.log(new Intl.ListFormat("en").format(new Set(["x", "y", "z"])));
console.log(JSON.stringify(new Intl.ListFormat("en").formatToParts(["a", "b", "c"])));
console.log(JSON.stringify(new Intl.ListFormat("fr", { type: "unit", style: "short" }).resolvedOptions()));
for (const bad of [() => new Intl.ListFormat("en").format([1, 2]), () => new Intl.ListFormat("en", { type: "x" }), () => (Intl.ListFormat as any)("en")]) {
  try {
    bad();
    console.log("no error");
  } catch (e) {
    console.log(e.constructor.name);
  }
}
