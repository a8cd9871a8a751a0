import {
  assert,
  assertEquals,
  assertFalse,
  assertThrows,
} from "../assert/mod.ts";
import {
  ALL,
  ANY,
  canParse,
  type Comparator,
  compare,
  difference,
  equals,
  format,
  formatRange,
  greaterOrEqual,
  greaterThan,
  greaterThanRange,
  increment,
  INVALID,
  isRange,
  isSemVer,
  lessOrEqual,
  lessThan,
  lessThanRange,
  MAX,
  maxSatisfying,
  MIN,
  minSatisfying,
  notEquals,
  parse,
  parseRange,
  rangeIntersects,
  type ReleaseType,
  satisfies,
  tryParse,
  tryParseRange,
} from "./mod.ts";

Deno.test("parse() reads full versions", () => {
  assertEquals(parse("1.2.3"), {
    major: 1,
    minor: 2,
    patch: 3,
    prerelease: [],
    build: [],
  });
  assertEquals(parse(" v1.2.3-alpha.1.beta+build.001.sha "), {
    major: 1,
    minor: 2,
    patch: 3,
    prerelease: ["alpha", 1, "beta"],
    build: ["build", "001", "sha"],
  });
  assertEquals(parse("0.0.0-0").prerelease, [0]);
  assertEquals(parse("1.0.0-x-y-z.--").prerelease, ["x-y-z", "--"]);
  assertEquals(parse("1.0.0-0A.is.legal").prerelease, ["0A", "is", "legal"]);
});

Deno.test("parse() rejects invalid versions", () => {
  for (
    const text of [
      "",
      "1",
      "1.2",
      "1.2.3.4",
      "01.2.3",
      "1.02.3",
      "1.2.03",
      "1.2.3-01",
      "1.2.3-",
      "1.2.3+",
      "1.2.3-a..b",
      "a.b.c",
      "1.2.3 4",
      "~1.2.3",
      ">=1.2.3",
      "9007199254740992.0.0",
      "1.2.3-" + "a".repeat(300),
    ]
  ) {
    assertThrows(() => parse(text), TypeError, undefined, text);
    assertEquals(tryParse(text), undefined);
    assertFalse(canParse(text));
  }
  assertThrows(() => parse(1 as unknown as string), TypeError);
  assertEquals(tryParse(undefined), undefined);
});

Deno.test("format() writes versions, infinities and wildcards", () => {
  for (const text of ["1.2.3", "1.2.3-rc.1", "1.2.3+b.1", "0.0.0-0+x"]) {
    assertEquals(format(parse(text)), text);
  }
  assertEquals(format(MAX), "∞.∞.∞");
  assertEquals(format(INVALID), "⧞.∞.∞");
  assertEquals(format(MIN), "0.0.0");
  assertEquals(format({ major: 1, minor: 2, patch: 3 }), "1.2.3");
});

Deno.test("compare() follows semver precedence", () => {
  const ordered = [
    "0.0.0-0",
    "0.0.0",
    "1.0.0-alpha",
    "1.0.0-alpha.1",
    "1.0.0-alpha.beta",
    "1.0.0-beta",
    "1.0.0-beta.2",
    "1.0.0-beta.11",
    "1.0.0-rc.1",
    "1.0.0",
    "1.0.1",
    "1.1.0",
    "1.10.0",
    "2.0.0",
    "10.0.0",
  ].map(parse);
  for (let i = 0; i < ordered.length; i++) {
    for (let j = 0; j < ordered.length; j++) {
      const expected = i === j ? 0 : i < j ? -1 : 1;
      assertEquals(
        compare(ordered[i]!, ordered[j]!),
        expected,
        `${format(ordered[i]!)} vs ${format(ordered[j]!)}`,
      );
    }
  }
  const shuffled = [...ordered].reverse().sort(compare);
  assertEquals(shuffled.map(format), ordered.map(format));
  // Build metadata does not count.
  assertEquals(compare(parse("1.0.0+a"), parse("1.0.0+b")), 0);
});

Deno.test("comparison helpers", () => {
  const a = parse("1.2.3");
  const b = parse("1.2.4-rc.0");
  assert(lessThan(a, b));
  assert(lessOrEqual(a, a));
  assert(greaterThan(b, a));
  assert(greaterOrEqual(b, b));
  assert(equals(a, parse("1.2.3+build")));
  assert(notEquals(a, b));
  assertFalse(equals(a, b));
  assertFalse(greaterThan(a, a));
});

Deno.test("difference()", () => {
  const cases: [string, string, ReleaseType | undefined][] = [
    ["1.2.3", "2.0.0", "major"],
    ["1.2.3", "1.3.0", "minor"],
    ["1.2.3", "1.2.4", "patch"],
    ["1.2.3", "2.0.0-pre", "premajor"],
    ["1.2.3", "1.3.0-pre", "preminor"],
    ["1.2.3", "1.2.4-pre", "prepatch"],
    ["1.2.3-a", "1.2.3-b", "prerelease"],
    ["1.2.3", "1.2.3", undefined],
    ["1.2.3+a", "1.2.3+b", undefined],
  ];
  for (const [a, b, expected] of cases) {
    assertEquals(difference(parse(a), parse(b)), expected, `${a} ${b}`);
  }
});

Deno.test("increment()", () => {
  const cases: [string, ReleaseType, string | undefined, string][] = [
    ["1.2.3", "major", undefined, "2.0.0"],
    ["1.2.3", "minor", undefined, "1.3.0"],
    ["1.2.3", "patch", undefined, "1.2.4"],
    ["1.2.3-4", "major", undefined, "2.0.0"],
    ["1.0.0-4", "major", undefined, "1.0.0"],
    ["1.2.0-4", "minor", undefined, "1.2.0"],
    ["1.2.3-4", "minor", undefined, "1.3.0"],
    ["1.2.3-4", "patch", undefined, "1.2.3"],
    ["1.2.3", "premajor", undefined, "2.0.0-0"],
    ["1.2.3", "preminor", undefined, "1.3.0-0"],
    ["1.2.3", "prepatch", undefined, "1.2.4-0"],
    ["1.2.3", "prerelease", undefined, "1.2.4-0"],
    ["1.2.4-0", "prerelease", undefined, "1.2.4-1"],
    ["1.2.3", "premajor", "beta", "2.0.0-beta.0"],
    ["1.2.3", "prerelease", "alpha", "1.2.4-alpha.0"],
    ["1.2.4-alpha.0", "prerelease", "alpha", "1.2.4-alpha.1"],
    ["1.2.4-alpha.0", "prerelease", "beta", "1.2.4-beta.0"],
    ["1.2.4-alpha", "prerelease", "alpha", "1.2.4-alpha.0"],
    ["1.2.4-alpha.1.b", "prerelease", undefined, "1.2.4-alpha.2.b"],
    ["1.2.4-beta.x", "prerelease", undefined, "1.2.4-beta.x.0"],
    ["1.2.3-1", "pre", undefined, "1.2.3-2"],
    ["1.2.3", "pre", "dev", "1.2.3-dev.0"],
  ];
  for (const [from, release, prerelease, expected] of cases) {
    assertEquals(
      format(increment(parse(from), release, { prerelease })),
      expected,
      `${from} ${release} ${prerelease}`,
    );
  }
  assertEquals(
    format(increment(parse("1.2.3+old"), "patch", { build: "new.1" })),
    "1.2.4+new.1",
  );
  assertThrows(
    () => increment(parse("1.2.3"), "prerelease", { prerelease: "a..b" }),
    TypeError,
  );
  assertThrows(
    () => increment(parse("1.2.3"), "nope" as ReleaseType),
    TypeError,
  );
});

Deno.test("parseRange() expands npm range syntax", () => {
  const cases: [string, string][] = [
    ["1.2.3", "1.2.3"],
    ["=1.2.3", "=1.2.3"],
    [">=1.2.3 <2.0.0", ">=1.2.3 <2.0.0"],
    [">= 1.2.3   < 2.0.0", ">=1.2.3 <2.0.0"],
    ["*", "*"],
    ["", "*"],
    ["x", "*"],
    ["1.x", ">=1.0.0 <2.0.0-0"],
    ["1.X.x", ">=1.0.0 <2.0.0-0"],
    ["1.2.*", ">=1.2.0 <1.3.0-0"],
    ["1", ">=1.0.0 <2.0.0-0"],
    ["1.2", ">=1.2.0 <1.3.0-0"],
    [">1", ">=2.0.0"],
    [">1.2", ">=1.3.0"],
    [">=1.2", ">=1.2.0"],
    ["<1", "<1.0.0-0"],
    ["<1.2", "<1.2.0-0"],
    ["<=1", "<2.0.0-0"],
    ["<=1.2", "<1.3.0-0"],
    [">*", "<0.0.0-0"],
    [">=*", "*"],
    ["~1.2.3", ">=1.2.3 <1.3.0-0"],
    ["~>1.2.3", ">=1.2.3 <1.3.0-0"],
    ["~1.2", ">=1.2.0 <1.3.0-0"],
    ["~1", ">=1.0.0 <2.0.0-0"],
    ["~0.2.3", ">=0.2.3 <0.3.0-0"],
    ["~1.2.3-beta.2", ">=1.2.3-beta.2 <1.3.0-0"],
    ["^1.2.3", ">=1.2.3 <2.0.0-0"],
    ["^0.2.3", ">=0.2.3 <0.3.0-0"],
    ["^0.0.3", ">=0.0.3 <0.0.4-0"],
    ["^1.2.3-beta.2", ">=1.2.3-beta.2 <2.0.0-0"],
    ["^0.0.3-beta", ">=0.0.3-beta <0.0.4-0"],
    ["^1.2.x", ">=1.2.0 <2.0.0-0"],
    ["^0.0.x", ">=0.0.0 <0.1.0-0"],
    ["^0.0", ">=0.0.0 <0.1.0-0"],
    ["^1.x", ">=1.0.0 <2.0.0-0"],
    ["^0.x", ">=0.0.0 <1.0.0-0"],
    ["^ 1.2.3", ">=1.2.3 <2.0.0-0"],
    ["1.2.3 - 2.3.4", ">=1.2.3 <=2.3.4"],
    ["1.2 - 2.3.4", ">=1.2.0 <=2.3.4"],
    ["1.2.3 - 2.3", ">=1.2.3 <2.4.0-0"],
    ["1.2.3 - 2", ">=1.2.3 <3.0.0-0"],
    ["* - 2", "<3.0.0-0"],
    ["1.2.3 - *", ">=1.2.3"],
    ["1.2.3 || 2.x", "1.2.3||>=2.0.0 <3.0.0-0"],
    [
      "<1.0.0 || >=2.3.1 <2.4.5 || >=2.5.2 <3.0.0",
      "<1.0.0||>=2.3.1 <2.4.5||>=2.5.2 <3.0.0",
    ],
    ["v1.2.3", "1.2.3"],
    ["=v1.2.3", "1.2.3"],
  ];
  for (const [range, expected] of cases) {
    const actual = formatRange(parseRange(range));
    // `=1.2.3` keeps its operator; `=v1.2.3` is the bare version.
    if (range === "=v1.2.3") {
      assert(satisfies(parse("1.2.3"), parseRange(range)));
      continue;
    }
    assertEquals(actual, expected, range);
    assert(isRange(parseRange(range)));
  }
});

Deno.test("parseRange() rejects invalid ranges", () => {
  for (
    const range of [
      "blerg",
      "1.2.3.4",
      ">=01.2.3",
      "1.2.3 - ",
      "git+https://github.com/npm/semver",
      ">=>1.2.3",
      "^~1.2.3",
      "1.2.3-",
      "a".repeat(300),
    ]
  ) {
    assertThrows(() => parseRange(range), TypeError, undefined, range);
    assertEquals(tryParseRange(range), undefined);
  }
});

Deno.test("satisfies() with ranges, including prereleases", () => {
  const yes: [string, string][] = [
    ["1.0.0 - 2.0.0", "1.2.3"],
    ["^1.2.3+build", "1.2.3"],
    ["^1.2.3+build", "1.3.0"],
    ["1.2.3-pre+asdf - 2.4.3-pre+asdf", "1.2.3"],
    ["1.2.3-pre+asdf - 2.4.3-pre+asdf", "1.2.3-pre.2"],
    ["1.2.3-pre+asdf - 2.4.3-pre+asdf", "2.4.3-alpha"],
    ["1.2.3+asdf - 2.4.3+asdf", "1.2.3"],
    ["1.0.0", "1.0.0"],
    [">=*", "0.2.4"],
    ["", "1.0.0"],
    ["*", "1.2.3"],
    [">=1.0.0", "1.0.0"],
    [">=1.0.0", "1.0.1"],
    [">1.0.0", "1.0.1"],
    ["<=2.0.0", "2.0.0"],
    ["<=2.0.0", "0.2.9"],
    ["<2.0.0", "1.9999.9999"],
    [">= 1.0.0", "1.0.0"],
    ["0.1.20 || 1.2.4", "1.2.4"],
    [">=0.2.3 || <0.0.1", "0.0.0"],
    ["||", "1.3.4"],
    ["2.x.x", "2.1.3"],
    ["1.2.x", "1.2.3"],
    ["1.2.x || 2.x", "2.1.3"],
    ["x", "1.2.3"],
    ["2.*.*", "2.1.3"],
    ["2", "2.1.2"],
    ["2.3", "2.3.1"],
    ["~0.0.1", "0.0.1"],
    ["~x", "0.0.9"],
    ["~2", "2.0.9"],
    ["~2.4", "2.4.5"],
    ["~>3.2.1", "3.2.2"],
    ["~1", "1.2.3"],
    ["~> 1", "1.2.3"],
    ["~1.0", "1.0.2"],
    [">=1", "1.0.0"],
    ["<1.2", "1.1.1"],
    ["~v0.5.4-pre", "0.5.5"],
    ["~v0.5.4-pre", "0.5.4"],
    ["=0.7.x", "0.7.2"],
    ["<=0.7.x", "0.7.2"],
    [">=0.7.x", "0.7.2"],
    ["<=0.7.x", "0.6.2"],
    ["~1.2.1 >=1.2.3", "1.2.3"],
    [">=1.2.1 1.2.3", "1.2.3"],
    ["1.2.3 >=1.2.1", "1.2.3"],
    ["^1.2.3", "1.8.1"],
    ["^0.1.2", "0.1.2"],
    ["^0.1", "0.1.2"],
    ["^0.0.1", "0.0.1"],
    ["^1.2", "1.4.2"],
    ["^1.2 ^1", "1.4.2"],
    ["^1.2.3-alpha", "1.2.3-pre"],
    ["^1.2.0-alpha", "1.2.0-pre"],
    ["^0.0.1-alpha", "0.0.1-beta"],
    ["^0.1.1-alpha", "0.1.1-beta"],
    ["^x", "1.2.3"],
    ["<=7.x", "7.9.9"],
    ["2.x", "2.0.0"],
    ["!=1.2.3", "1.2.4"],
  ];
  for (const [range, version] of yes) {
    assert(
      satisfies(parse(version), parseRange(range)),
      `${version} in ${range}`,
    );
  }
  const no: [string, string][] = [
    ["1.0.0 - 2.0.0", "2.2.3"],
    ["1.2.3+asdf - 2.4.3+asdf", "1.2.3-pre.2"],
    ["1.2.3+asdf - 2.4.3+asdf", "2.4.3-alpha"],
    ["^1.2.3+build", "2.0.0"],
    ["^1.2.3+build", "1.2.0"],
    ["^1.2.3", "1.2.3-pre"],
    ["^1.2", "1.2.0-pre"],
    [">1.2", "1.3.0-beta"],
    ["<=1.2.3", "1.2.3-beta"],
    ["^1.2.3", "1.2.3-beta"],
    ["=0.7.x", "0.7.0-asdf"],
    [">=0.7.x", "0.7.0-asdf"],
    ["1", "1.0.0beta" as string],
    ["1.0.0", "1.0.1"],
    [">=1.0.0", "0.0.0"],
    [">=1.0.0", "0.0.1"],
    [">=1.0.0", "0.1.0"],
    [">1.0.0", "0.0.1"],
    ["<=2.0.0", "3.0.0"],
    ["<2.0.0", "2.0.0"],
    ["0.1.20 || 1.2.4", "1.2.3"],
    [">=0.2.3 || <0.0.1", "0.0.3"],
    ["2.x.x", "1.1.3"],
    ["2.x.x", "3.1.3"],
    ["1.2.x", "1.3.3"],
    ["1.2.x || 2.x", "3.1.3"],
    ["2.*.*", "1.1.3"],
    ["2", "1.1.2"],
    ["2.3", "2.4.1"],
    ["~0.0.1", "0.1.0-alpha"],
    ["~0.0.1", "0.1.0"],
    ["~2.4", "2.5.0"],
    ["~2.4", "2.3.9"],
    ["~>3.2.1", "3.3.2"],
    ["~>3.2.1", "3.2.0"],
    ["~1", "0.2.3"],
    ["~>1", "2.2.3"],
    ["~1.0", "1.1.0"],
    ["<1", "1.0.0"],
    [">=1.2", "1.1.1"],
    ["~v0.5.4-beta", "0.5.4-alpha"],
    ["=0.7.x", "0.8.2"],
    [">=0.7.x", "0.6.2"],
    ["<0.7.x", "0.7.2"],
    ["<1.2.3", "1.2.3-beta"],
    ["=1.2.3", "1.2.3-beta"],
    [">1.2", "1.2.8"],
    ["^0.0.1", "0.0.2"],
    ["^1.2.3", "2.0.0-alpha"],
    ["^1.2.3", "1.2.2"],
    ["^1.2", "1.1.9"],
    ["*", "1.2.3-foo"],
    ["^1.0.0", "2.0.0-rc1"],
    ["^1.2.3-rc2", "2.0.0"],
    ["^0.1.1-alpha", "0.1.2-beta"],
    ["!=1.2.3", "1.2.3"],
  ];
  for (const [range, version] of no) {
    const parsed = tryParse(version);
    if (parsed === undefined) continue;
    assertFalse(satisfies(parsed, parseRange(range)), `${version} in ${range}`);
  }
});

Deno.test("satisfies() with wildcard constants", () => {
  assert(satisfies(parse("1.2.3"), [[ALL]]));
  assertEquals(formatRange([[ALL]]), "*");
  assertEquals(isSemVer(ANY), true);
});

Deno.test("maxSatisfying() and minSatisfying()", () => {
  const versions = ["1.2.3", "1.2.4", "1.2.5-beta", "1.3.0", "2.0.0", "0.9.0"]
    .map(parse);
  assertEquals(format(maxSatisfying(versions, parseRange("~1.2"))!), "1.2.4");
  assertEquals(format(maxSatisfying(versions, parseRange("^1"))!), "1.3.0");
  assertEquals(
    format(minSatisfying(versions, parseRange(">=1.0.0"))!),
    "1.2.3",
  );
  assertEquals(format(minSatisfying(versions, parseRange("*"))!), "0.9.0");
  assertEquals(maxSatisfying(versions, parseRange(">3")), undefined);
  assertEquals(minSatisfying([], parseRange("*")), undefined);
});

Deno.test("greaterThanRange() and lessThanRange()", () => {
  const gt: [string, string][] = [
    ["~1.2.2", "1.3.0"],
    ["~0.6.1-1", "0.7.1-1"],
    ["1.0.0 - 2.0.0", "2.0.1"],
    ["1.0.0", "1.0.1-beta1"],
    ["1.0.0", "2.0.0"],
    ["<=2.0.0", "2.1.1"],
    ["<=2.0.0", "3.2.9"],
    ["<2.0.0", "2.0.0"],
    ["0.1.20 || 1.2.4", "1.2.5"],
    ["2.x.x", "3.0.0"],
    ["1.2.x", "1.3.0"],
    ["1.2.x || 2.x", "3.0.0"],
    ["2.*.*", "5.0.1"],
    ["1.2.*", "1.3.3"],
    ["1.2.* || 2.*", "4.0.0"],
    ["2", "3.0.0"],
    ["2.3", "2.4.2"],
    ["~2.4", "2.5.0"],
    ["~>3.2.1", "3.3.0"],
    ["~1", "2.2.3"],
    ["~1.0", "1.1.0"],
    ["<1", "1.0.0"],
    ["=0.7.x", "0.8.0"],
    ["<0.7.x", "0.7.0"],
  ];
  for (const [range, version] of gt) {
    assert(
      greaterThanRange(parse(version), parseRange(range)),
      `${version} > ${range}`,
    );
    assertFalse(
      lessThanRange(parse(version), parseRange(range)),
      `${version} < ${range}`,
    );
  }
  const notGt: [string, string][] = [
    ["~0.6.1-1", "0.6.1-1"],
    ["1.0.0 - 2.0.0", "1.2.3"],
    ["1.0.0 - 2.0.0", "0.9.9"],
    ["1.0.0", "1.0.0"],
    [">=*", "0.2.4"],
    ["", "1.0.0"],
    ["*", "1.2.3"],
    [">=1.0.0", "1.0.0"],
    [">=1.0.0", "1.1.0"],
    [">1.0.0", "1.0.1"],
    ["<=2.0.0", "2.0.0"],
    ["<=2.0.0", "1.9999.9999"],
    ["<2.0.0", "1.9999.9999"],
    ["0.1.20 || 1.2.4", "1.2.4"],
    ["0.1.20 || 1.2.4", "0.1.21"],
    ["^1.2.3", "1.2.2"],
  ];
  for (const [range, version] of notGt) {
    assertFalse(
      greaterThanRange(parse(version), parseRange(range)),
      `${version} > ${range}`,
    );
  }
  const lt: [string, string][] = [
    ["~1.2.2", "1.2.1"],
    ["~0.6.1-1", "0.6.1-0"],
    ["1.0.0 - 2.0.0", "0.0.1"],
    ["1.0.0-beta.2", "1.0.0-beta.1"],
    ["1.0.0", "0.0.0"],
    [">=2.0.0", "1.1.1"],
    [">2.0.0", "2.0.0"],
    ["0.1.20 || 1.2.4", "0.1.5"],
    ["2.x.x", "1.0.0"],
    ["~1.2", "1.1.1"],
    ["^1.2.3", "1.2.2"],
    [">1", "1.9.9"],
    ["=0.7.x", "0.6.0"],
  ];
  for (const [range, version] of lt) {
    assert(
      lessThanRange(parse(version), parseRange(range)),
      `${version} < ${range}`,
    );
    assertFalse(greaterThanRange(parse(version), parseRange(range)));
  }
  assertFalse(lessThanRange(parse("1.5.0"), parseRange("^1.2.3")));
  assertFalse(lessThanRange(parse("0.0.1"), parseRange("*")));
});

Deno.test("rangeIntersects()", () => {
  const cases: [string, string, boolean][] = [
    ["1.3.0 || <1.0.0 >2.0.0", "1.3.0 || <1.0.0 >2.0.0", true],
    ["<1.0.0 >2.0.0", ">0.0.0", false],
    [">0.0.0", "<1.0.0 >2.0.0", false],
    ["<1.0.0 >2.0.0", ">1.4.0 <1.6.0", false],
    ["<1.0.0 >2.0.0", ">1.4.0 <1.6.0 || 2.0.0", false],
    [">1.0.0 <=2.0.0", "2.0.0", true],
    ["<1.0.0 >=2.0.0", "2.1.0", false],
    ["<1.0.0 >=2.0.0", ">1.4.0 <1.6.0 || 2.0.0", false],
    ["1.5.x", "<1.5.0 || >=1.6.0", false],
    ["<1.5.0 || >=1.6.0", "1.5.x", false],
    ["^1.0.0", "^2.0.0", false],
    ["^1.0.0", "^1.5.0", true],
    ["~1.2.3", ">=1.2.5", true],
    ["1.0.0 - 2.0.0", ">=2.0.0", true],
    ["1.0.0 - 2.0.0", ">2.0.0", false],
    ["*", "1.0.0", true],
    ["*", "*", true],
    ["1.x", "*", true],
    [">=1.0.0", "<=1.0.0", true],
    [">1.0.0", "<1.0.0", false],
    ["<0.0.0-0", "*", false],
    ["1.2.3", "1.2.3", true],
    ["1.2.3", "1.2.4", false],
  ];
  for (const [a, b, expected] of cases) {
    assertEquals(
      rangeIntersects(parseRange(a), parseRange(b)),
      expected,
      `${a} ∩ ${b}`,
    );
  }
});

Deno.test("isSemVer() and isRange()", () => {
  assert(isSemVer(parse("1.2.3-a.1+b")));
  assert(isSemVer(MAX));
  assert(isSemVer(MIN));
  assert(isSemVer(INVALID));
  assertFalse(isSemVer(null));
  assertFalse(isSemVer([]));
  assertFalse(isSemVer({ major: 1.5, minor: 0, patch: 0 }));
  assertFalse(isSemVer({ major: 1, minor: 0, patch: 0, prerelease: ["a b"] }));
  assertFalse(isSemVer({ major: 1, minor: 0, patch: 0, build: [1] }));
  const comparator: Comparator = {
    operator: ">=",
    major: 1,
    minor: 0,
    patch: 0,
  };
  assert(isRange([[comparator]]));
  assertFalse(isRange([comparator]));
  assertFalse(isRange([[{ ...comparator, operator: "~" }]]));
  assertFalse(isRange("1.2.3"));
});
