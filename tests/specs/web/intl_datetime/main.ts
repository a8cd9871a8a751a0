// Intl.DateTimeFormat and Date.prototype.toLocale*String: styles, component options, hour
// cycles, time zones (explicit, and the default one from TZ, pinned to Asia/Tokyo by
// __test__.jsonc), formatToParts, resolvedOptions and the option errors.
// Expected output: deno 2.9.6 (V8 + ICU) on this file, checked by eye.
const june = new Date(Date.UTC(2020, 5, 26, 15, 4, 5, 123));
const january = new Date(Date.UTC(2021, 0, 3, 0, 30));

console.log(new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2020, 5, 26))));
for (const dateStyle of ["full", "long", "medium", "short"] as const) {
  console.log(dateStyle, "|", new Intl.DateTimeFormat("en-US", { dateStyle, timeZone: "UTC" }).format(june));
}
for (const timeStyle of ["full", "long", "medium", "short"] as const) {
  console.log(timeStyle, "|", new Intl.DateTimeFormat("en-US", { timeStyle, timeZone: "America/New_York" }).format(june));
}
console.log(new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" }).format(june));
console.log(new Intl.DateTimeFormat("fr-FR", { dateStyle: "full", timeZone: "Europe/Paris" }).format(january));
console.log(new Intl.DateTimeFormat("ja-JP", { dateStyle: "long", timeZone: "Asia/Tokyo" }).format(june));

const utc = { timeZone: "UTC" };
console.log(new Intl.DateTimeFormat("en-US", { ...utc, month: "long", day: "numeric" }).format(june));
console.log(new Intl.DateTimeFormat("en-US", { ...utc, year: "numeric", month: "short" }).format(june));
console.log(new Intl.DateTimeFormat("en-US", { ...utc, weekday: "long" }).format(june));
console.log(new Intl.DateTimeFormat("en-US", { ...utc, weekday: "long", year: "numeric", month: "long", day: "numeric" }).format(june));
console.log(new Intl.DateTimeFormat("en-US", { ...utc, hour: "numeric", minute: "2-digit" }).format(june));
console.log(new Intl.DateTimeFormat("en-US", { ...utc, hour: "numeric", minute: "2-digit", hour12: false }).format(june));
console.log(new Intl.DateTimeFormat("en-GB", { ...utc, hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(june));
console.log(new Intl.DateTimeFormat("en-US", { ...utc, hour: "numeric", minute: "2-digit", second: "2-digit", fractionalSecondDigits: 3 }).format(june));
console.log(new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", timeZoneName: "short" }).format(january));
console.log(new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Tokyo", hour: "numeric", timeZoneName: "short" }).format(january));
console.log(new Intl.DateTimeFormat("en-US", { ...utc, year: "numeric", era: "short" }).format(june));

console.log(JSON.stringify(new Intl.DateTimeFormat("en-US", { ...utc, hour: "numeric", minute: "2-digit" }).formatToParts(june)));
console.log(JSON.stringify(new Intl.DateTimeFormat("de-DE", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Berlin" }).formatToParts(june)));
console.log(JSON.stringify(new Intl.DateTimeFormat("en-US", { ...utc, hour: "numeric", minute: "2-digit", second: "2-digit", fractionalSecondDigits: 2, hour12: false }).formatToParts(june)));

console.log(JSON.stringify(new Intl.DateTimeFormat("en-US", { timeZone: "asia/tokyo" }).resolvedOptions()));
console.log(JSON.stringify(new Intl.DateTimeFormat("de", { timeStyle: "short", timeZone: "Europe/Berlin" }).resolvedOptions()));
console.log(JSON.stringify(new Intl.DateTimeFormat("en-US", { hour: "numeric", hourCycle: "h23", timeZone: "UTC" }).resolvedOptions()));
console.log(new Intl.DateTimeFormat().resolvedOptions().timeZone);

// Date's locale methods go through the same formatter; the default zone is TZ's.
console.log(june.toLocaleString("en-US"), "|", june.toLocaleDateString("en-US"), "|", june.toLocaleTimeString("en-US"));
console.log(june.toLocaleString("en-GB", { timeZone: "UTC" }), "|", june.toLocaleDateString("en-GB", { timeZone: "UTC" }));
console.log(june.toLocaleDateString("en-US", { timeZone: "UTC", month: "long" }), "|", june.toLocaleTimeString("en-US", { timeZone: "UTC", hour: "2-digit" }));
console.log(new Date(NaN).toLocaleString(), Intl.DateTimeFormat("en", utc).format(0));

for (const bad of [
  () => new Intl.DateTimeFormat("en", { timeZone: "Mars/Olympus" }),
  () => new Intl.DateTimeFormat("en", { dateStyle: "long", year: "numeric" }),
  () => new Intl.DateTimeFormat("en", { month: "tiny" }),
  () => new Intl.DateTimeFormat("en").format(NaN),
  () => june.toLocaleDateString("en", { timeStyle: "short" }),
]) {
  try {
    bad();
    console.log("no error");
  } catch (e) {
    console.log(e.constructor.name);
  }
}

// formatRange: two dates joined by the locale's range pattern (x does not yet collapse
// the fields both ends share, "Jun 26 – 28", as V8 does; such cases are left out here).
const range = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
console.log(range.formatRange(june, january), "|", range.formatRange(june, june));
console.log(JSON.stringify(range.formatRangeToParts(june, january)));
