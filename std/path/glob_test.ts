/**
 * Tests for globToRegExp, isGlob, normalizeGlob and joinGlobs.
 *
 * @module
 */
import { assert, assertEquals, assertThrows } from "../assert/mod.ts";
import * as posix from "./posix/mod.ts";
import * as win from "./windows/mod.ts";
import { isGlob, joinGlobs, normalizeGlob, SEPARATOR } from "./mod.ts";

function match(
  glob: string,
  path: string,
  opts: posix.GlobOptions = {},
  os: "posix" | "windows" = "posix",
): boolean {
  const re = os === "windows"
    ? win.globToRegExp(glob, opts)
    : posix.globToRegExp(glob, opts);
  return re.test(path);
}

Deno.test("globToRegExp() basics", () => {
  assertEquals(posix.globToRegExp("*.js").source, "^[^/]*\\.js\\/*$");
  assert(match("*.js", "foo.js"));
  assert(match("*.js", "foo.js/"));
  assert(!match("*.js", "a/foo.js"));
  assert(match("?.js", "a.js"));
  assert(!match("?.js", "ab.js"));
  assert(match("a/*/c", "a/b/c"));
  assert(match("a/*/c", "a//b//c"));
  assert(!match("a/*/c", "a/b/x/c"));
  assert(!match("", ""));
  assert(!match("", "a"));
  assert(match("/", "/"));
  assert(match("/a", "/a"));
  assert(!match("/a", "a"));
  assert(!match("a", "/a"));
});

Deno.test("globToRegExp() brackets and braces", () => {
  assert(match("[abc].ts", "b.ts"));
  assert(!match("[abc].ts", "d.ts"));
  assert(match("[a-c].ts", "c.ts"));
  assert(match("[!a-c].ts", "d.ts"));
  assert(!match("[!a-c].ts", "a.ts"));
  assert(match("[^a-c].ts", "d.ts"));
  assert(match("[[:digit:]]x", "5x"));
  assert(!match("[[:digit:]]x", "ax"));
  assert(match("[[:alpha:][:digit:]]", "Q"));
  assert(match("[]]", "]"));
  assert(match("[a-]", "-"));
  assert(match("{foo,bar}.ts", "foo.ts"));
  assert(match("{foo,bar}.ts", "bar.ts"));
  assert(!match("{foo,bar}.ts", "baz.ts"));
  assert(match("{a,{b,c}}", "c"));
  assert(match("*.{js,ts}", "x.ts"));
  // unclosed groups make the segment literal
  assert(match("[abc", "[abc"));
  assert(match("{a,b", "{a,b"));
  assert(match("a/{b/c", "a/{b/c"));
});

Deno.test("globToRegExp() extended", () => {
  assert(match("?(foo|bar).js", ".js"));
  assert(match("?(foo|bar).js", "foo.js"));
  assert(!match("?(foo|bar).js", "foofoo.js"));
  assert(match("*(foo|bar).js", "foobarfoo.js"));
  assert(match("+(foo|bar).js", "foo.js"));
  assert(!match("+(foo|bar).js", ".js"));
  assert(match("@(foo|bar).js", "bar.js"));
  assert(!match("@(foo|bar).js", "foobar.js"));
  assert(match("!(foo|bar)", "baz"));
  assert(match("!(foo|bar)", "foobar"));
  assert(!match("!(foo|bar)", "foo"));
  assert(match("a/!(b)/c", "a/x/c"));
  assert(!match("a/!(b)/c", "a/b/c"));
  assert(!match("@(foo|bar).js", "foo.js", { extended: false }));
  assert(match("@(foo|bar).js", "@(foo|bar).js", { extended: false }));
});

Deno.test("globToRegExp() globstar", () => {
  assert(match("**/*.ts", "a.ts"));
  assert(match("**/*.ts", "a/b/c.ts"));
  assert(match("a/**/b", "a/b"));
  assert(match("a/**/b", "a/x/y/b"));
  assert(!match("a/**/b", "a/x/y/c"));
  assert(match("/**", "/a/b"));
  assert(!match("a/**/b", "a/x/y/b", { globstar: false }));
  assert(match("a/**/b", "a/x/b", { globstar: false }));
  assert(match("a**b", "axyb"));
  assert(!match("a**b", "ax/yb"));
});

Deno.test("globToRegExp() escapes and case", () => {
  assert(match("\\*.js", "*.js"));
  assert(!match("\\*.js", "a.js"));
  assert(match("a\\", "a\\"));
  assert(match("*.JS", "a.js", { caseInsensitive: true }));
  assert(!match("*.JS", "a.js"));
  assert(match("a.(b)", "a.(b)"));
  assert(match("a$^+", "a$^+"));
});

Deno.test("globToRegExp() windows", () => {
  assert(match("C:\\foo\\*.ts", "C:\\foo\\a.ts", {}, "windows"));
  assert(match("C:\\foo\\*.ts", "C:/foo/a.ts", {}, "windows"));
  assert(!match("C:\\foo\\*.ts", "C:\\foo\\x\\a.ts", {}, "windows"));
  assert(match("**\\*.ts", "a\\b\\c.ts", {}, "windows"));
  assert(match("`*.ts", "*.ts", {}, "windows"));
  assert(!match("`*.ts", "a.ts", {}, "windows"));
  assert(!match("[!a]", "\\", {}, "windows"));
});

Deno.test("isGlob()", () => {
  for (
    const g of [
      "*.ts",
      "a/?",
      "[abc]",
      "{a,b}",
      "!foo",
      "@(a|b)",
      "+(a)",
      "a/**/b",
      "(a|b)",
    ]
  ) {
    assert(isGlob(g), g);
  }
  for (const g of ["", "abc", "a/b/c.ts", "\\*.ts", "[]", "{}", "a(b)"]) {
    assert(!isGlob(g), g);
  }
});

Deno.test("normalizeGlob() and joinGlobs()", () => {
  const s = SEPARATOR;
  assertEquals(posix.normalizeGlob("foo/bar/../*"), "foo/*");
  assertEquals(
    posix.normalizeGlob("foo/**/../*", { globstar: true }),
    "foo/**/../*",
  );
  assertEquals(posix.normalizeGlob("foo/**/../*"), "foo/*");
  assertThrows(() => posix.normalizeGlob("a\0b"), Error);
  assertEquals(posix.joinGlobs(["foo", "bar", "..", "baz"]), "foo/baz");
  assertEquals(
    posix.joinGlobs(["foo", "**", "..", "baz"], { globstar: true }),
    "foo/**/../baz",
  );
  assertEquals(posix.joinGlobs([]), ".");
  assertEquals(
    win.joinGlobs(["foo", "**", "..", "baz"], { globstar: true }),
    "foo\\**\\..\\baz",
  );
  assertEquals(normalizeGlob(`a${s}b${s}..`), "a");
  assertEquals(joinGlobs(["a", "b"]), `a${s}b`);
});
