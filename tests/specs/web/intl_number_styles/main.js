const show = (label, make) => {
  try {
    console.log(label, JSON.stringify(make()));
  } catch (error) {
    console.log(label, "throws", error.name);
  }
};
const nf = (locale, options) => new Intl.NumberFormat(locale, options);

show("usd", () => (1234.5).toLocaleString("en-US", { style: "currency", currency: "USD" }));
show("eur de", () => nf("de-DE", { style: "currency", currency: "EUR" }).format(1234.5));
show("jpy", () => nf("ja-JP", { style: "currency", currency: "JPY" }).format(1234.5));
show("kwd", () => nf("en", { style: "currency", currency: "KWD" }).format(1.5));
show("lower-case code", () => nf("en", { style: "currency", currency: "usd", maximumFractionDigits: 0 }).format(1234.5));
show("negative", () => (-5).toLocaleString("en-US", { style: "currency", currency: "USD" }));
show("accounting", () => nf("en", { style: "currency", currency: "USD", currencySign: "accounting" }).format(-2));
show("name", () => nf("en", { style: "currency", currency: "USD", currencyDisplay: "name" }).format(2));
show("code", () => nf("en", { style: "currency", currency: "GBP", currencyDisplay: "code" }).format(2));
show("narrow symbol", () => nf("en-CA", { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol" }).format(3));
show("symbol in en-CA", () => nf("en-CA", { style: "currency", currency: "USD" }).format(3));
show("BigInt", () => 12345678901234567890n.toLocaleString("en", { style: "currency", currency: "USD" }));
show("exceptZero", () => nf("en", { style: "currency", currency: "USD", signDisplay: "exceptZero" }).format(0));
show("bad code", () => nf("en", { style: "currency", currency: "US1" }));
show("no code", () => nf("en", { style: "currency" }));

show("percent", () => nf("en", { style: "percent" }).format(0.256));
show("percent digits", () => nf("en", { style: "percent", minimumFractionDigits: 1 }).format(0.12345));
show("percent de", () => nf("de", { style: "percent" }).format(-0.5));
show("percent sign", () => nf("en", { style: "percent", signDisplay: "always" }).format(0.1));

show("compact", () => [5, 15, 0.123, 999, 1000, 1500, 999999, 1e12].map((n) => nf("en", { notation: "compact" }).format(n)));
show("compact long", () => nf("en", { notation: "compact", compactDisplay: "long" }).format(1234567));
show("compact de", () => nf("de", { notation: "compact" }).format(1234567));
show("compact digits", () => nf("en", { notation: "compact", maximumFractionDigits: 2 }).format(1234567));
show("scientific", () => [0, 1, 123456, -0.00012345, 1e21, 9.9996].map((n) => nf("en", { notation: "scientific" }).format(n)));
show("engineering", () => [0.5, 1234, 123456789].map((n) => nf("en", { notation: "engineering" }).format(n)));

show("resolved currency", () => nf("en", { style: "currency", currency: "eur" }).resolvedOptions());
show("resolved percent", () => nf("en", { style: "percent" }).resolvedOptions());
show("resolved compact", () => nf("en", { notation: "compact" }).resolvedOptions());

// formatToParts: the same text, typed.
const partsCases = [
  ["en", {}, -1234.5],
  ["fr", {}, 1234567.5],
  ["en", { style: "currency", currency: "USD" }, -1234.5],
  ["de", { style: "currency", currency: "EUR" }, 1234.5],
  ["en", { style: "currency", currency: "USD", currencyDisplay: "name" }, 2],
  ["en", { style: "currency", currency: "USD", currencySign: "accounting" }, -3],
  ["en", { style: "currency", currency: "EUR", currencyDisplay: "code" }, 3],
  ["de", { style: "percent" }, -0.5],
  ["de", { notation: "compact" }, 1234567],
  ["en", { notation: "compact", compactDisplay: "long" }, 1500],
  ["en", { notation: "scientific" }, -0.00012345],
  ["en", {}, NaN],
  ["en", {}, -Infinity],
  ["en", { signDisplay: "always" }, 5],
  ["en-IN", {}, 12345678],
  ["en", {}, 12345678901234567890n],
];
for (const [locale, options, value] of partsCases) {
  show(`parts ${locale} ${JSON.stringify(options)}`, () => nf(locale, options).formatToParts(value));
}
