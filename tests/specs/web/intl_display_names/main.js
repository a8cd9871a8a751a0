const names = (locale, options) => new Intl.DisplayNames(locale, options);
const cases = [
  ["en", { type: "region" }, "US"],
  ["de", { type: "region" }, "DE"],
  ["en", { type: "region" }, "419"],
  ["en", { type: "region" }, "ZZ"],
  ["en", { type: "region", fallback: "none" }, "QO"],
  ["en", { type: "region" }, "us"],
  ["en", { type: "script" }, "Latn"],
  ["en", { type: "script" }, "latn"],
  ["en", { type: "language" }, "fr"],
  ["en", { type: "language" }, "en-GB"],
  ["en", { type: "language", languageDisplay: "standard" }, "en-GB"],
  ["fr", { type: "language" }, "de-AT"],
  ["en", { type: "language" }, "xyz"],
  ["en", { type: "language", fallback: "none" }, "xyz"],
  ["en", { type: "language" }, "EN-us"],
  ["ja", { type: "language" }, "en"],
];
for (const [locale, options, code] of cases) {
  console.log(locale, JSON.stringify(options), code, JSON.stringify(names(locale, options).of(code)));
}
for (const bad of [
  () => names("en", {}),
  () => names("en"),
  () => names("en", { type: "region" }).of("USA1"),
  () => names("en", { type: "script" }).of("Lat"),
  () => names("en", { type: "language" }).of("en_US"),
  () => names("en", { type: "language" }).of("root"),
  () => names("en", { type: "bogus" }),
  () => names("en", { type: "region" }).of(),
  () => Intl.DisplayNames("en", { type: "region" }),
]) {
  try {
    bad();
    console.log("no error");
  } catch (error) {
    console.log(error.name);
  }
}
console.log(JSON.stringify(names("en", { type: "language" }).resolvedOptions()));
console.log(JSON.stringify(names("de", { type: "region", style: "short", fallback: "none" }).resolvedOptions()));
console.log(typeof Intl.DisplayNames.supportedLocalesOf, Object.prototype.toString.call(names("en", { type: "region" })));
