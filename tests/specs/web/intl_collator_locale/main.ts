// Intl.Collator and String.prototype.localeCompare (sensitivity, numeric, caseFirst,
// ignorePunctuation, language tailorings), and Intl.Locale (subtags, keywords, options,
// maximize/minimize). Expected output: deno 2.9.6 (V8 + ICU) on this file, checked by eye.
const words = ["résumé", "resume", "Resume", "rèsumé", "apple", "Zebra", "zebra", "Äpfel", "item10", "item2", "item1"];
console.log([...words].sort(new Intl.Collator("en").compare).join(" "));
console.log([...words].sort(new Intl.Collator("en", { numeric: true, caseFirst: "upper" }).compare).join(" "));
console.log([...words].sort(new Intl.Collator("sv").compare).join(" "));
console.log(["ä", "a", "z"].sort(new Intl.Collator("de").compare).join(" "), "|", ["ä", "a", "z"].sort(new Intl.Collator("sv").compare).join(" "));
for (const sensitivity of ["base", "accent", "case", "variant"] as const) {
  const c = new Intl.Collator("en", { sensitivity });
  console.log(sensitivity, c.compare("a", "A"), c.compare("a", "á"), c.compare("a", "b"));
}
console.log(new Intl.Collator("en", { ignorePunctuation: true }).compare("a-b", "ab"), new Intl.Collator("en").compare("a-b", "ab"));
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "ä".localeCompare("z", "de"), "ä".localeCompare("z", "sv"));
console.log("10".localeCompare("2", undefined, { numeric: true }), "a".localeCompare("A", "en", { sensitivity: "base" }));
console.log(JSON.stringify(new Intl.Collator("de-u-kn-true").resolvedOptions()));
console.log(JSON.stringify(new Intl.Collator("en", { sensitivity: "base", caseFirst: "lower" }).resolvedOptions()));
console.log(Object.prototype.toString.call(new Intl.Collator()), typeof new Intl.Collator().compare);

const locale = new Intl.Locale("en-Latn-US-u-ca-gregory-hc-h12");
console.log(locale.toString(), locale.baseName, locale.language, locale.script, locale.region, locale.calendar, locale.hourCycle);
const options = new Intl.Locale("en", { region: "GB", calendar: "buddhist", numeric: true, numberingSystem: "arab", caseFirst: "upper" });
console.log(options.toString(), options.numeric, options.numberingSystem, options.caseFirst, options.collation);
console.log(new Intl.Locale("zh").maximize().toString(), new Intl.Locale("zh-Hant-TW").minimize().toString(), new Intl.Locale("und").maximize().baseName);
console.log(new Intl.Locale("sr-Cyrl").maximize().toString(), new Intl.Locale("en-Latn-US").minimize().toString(), String(new Intl.Locale("EN-gb")));
console.log(new Intl.Locale(new Intl.Locale("fr-CA"), { language: "de" }).toString(), new Intl.Locale("de").region, Object.prototype.toString.call(locale));
for (const bad of [() => new Intl.Locale("a"), () => new Intl.Locale(5 as any), () => (Intl.Locale as any)("en"), () => new Intl.Locale("en", { hourCycle: "h99" as any })]) {
  try {
    bad();
    console.log("no error");
  } catch (e) {
    console.log(e.constructor.name);
  }
}
