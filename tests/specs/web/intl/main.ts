// Intl.NumberFormat, Intl.PluralRules and toLocaleString: locales, digit options, rounding, grouping, signs,
// the option errors ECMA-402 gives, and the styles x does not format.
const n = 1234567.891;
console.log(n.toLocaleString());
console.log(n.toLocaleString("de"), n.toLocaleString("en-IN"), n.toLocaleString(["fr", "de"]));
console.log((1337).toLocaleString("de", { maximumFractionDigits: 2 }), (0.5).toLocaleString("en", { minimumFractionDigits: 2 }));
console.log((2.5).toLocaleString("en", { maximumFractionDigits: 0 }), (2.5).toLocaleString("en", { maximumFractionDigits: 0, roundingMode: "halfEven" }));
console.log((1337).toLocaleString("en", { maximumSignificantDigits: 3 }), (9.999).toLocaleString("en", { minimumSignificantDigits: 3, maximumSignificantDigits: 3 }));
console.log((5).toLocaleString("en", { minimumIntegerDigits: 3, signDisplay: "always" }), (0).toLocaleString("en", { signDisplay: "exceptZero" }), (-0).toLocaleString("en"));
console.log((12345).toLocaleString("en", { useGrouping: false }), (1234).toLocaleString("pl", { useGrouping: "min2" }), (1234).toLocaleString("pl"));
console.log((3).toLocaleString("en", { minimumFractionDigits: 2, trailingZeroDisplay: "stripIfInteger" }));
console.log(NaN.toLocaleString("en"), (-Infinity).toLocaleString("de"), 12345678901234567890n.toLocaleString("de"));
console.log((1234.5).toLocaleString("ar-EG"), (1234.5).toLocaleString("en-u-nu-thai"));

const format = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });
console.log(format.format(1234.56), [1, 22.22, 333.333].map(format.format).join(" | "));
console.log(JSON.stringify(format.resolvedOptions()));
console.log(Intl.NumberFormat("de").format(0.5), Intl.NumberFormat.length, new Intl.NumberFormat() instanceof Intl.NumberFormat);
console.log(Object.prototype.toString.call(format), Object.prototype.toString.call(Intl));
console.log(Intl.getCanonicalLocales(["EN-us", "de-de", "en-US"]), Intl.NumberFormat.supportedLocalesOf("fr-ca"));

const plural = new Intl.PluralRules("en");
console.log([0, 1, 2, 1.5].map((v) => plural.select(v)).join(" "), new Intl.PluralRules("en", { type: "ordinal" }).select(22));
console.log(new Intl.PluralRules("ru").select(3), new Intl.PluralRules("en", { minimumFractionDigits: 1 }).select(1));
console.log(JSON.stringify(new Intl.PluralRules("ar").resolvedOptions()));

for (const bad of [
  () => new Intl.NumberFormat("not a locale!"),
  () => new Intl.NumberFormat("en", { maximumFractionDigits: 101 }),
  () => new Intl.NumberFormat("en", { minimumFractionDigits: 3, maximumFractionDigits: 1 }),
  () => new Intl.NumberFormat("en", { style: "currency" }),
  () => new Intl.NumberFormat("en", { useGrouping: "sometimes" }),
  () => new Intl.PluralRules("en", { type: "plural" }),
  () => (1).toLocaleString("en", { style: "percent", currencyDisplay: "bogus" }),
]) {
  try {
    bad();
  } catch (e) {
    console.log((e as Error).name);
  }
}
