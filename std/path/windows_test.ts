/**
 * Tests for the Windows path functions (drive letters, UNC paths).
 *
 * @module
 */
import { assert, assertEquals, assertThrows } from "../assert/mod.ts";
import * as win from "./windows/mod.ts";

Deno.test("windows.basename()", () => {
  assertEquals(win.basename("C:\\dir\\base.ext"), "base.ext");
  assertEquals(win.basename("C:/dir/base.ext"), "base.ext");
  assertEquals(win.basename("\\basename.ext"), "basename.ext");
  assertEquals(win.basename("basename.ext\\\\"), "basename.ext");
  assertEquals(win.basename("foo"), "foo");
  assertEquals(win.basename("aaa\\bbb", "\\bbb"), "bbb");
  assertEquals(win.basename("C:\\basename.ext", ".ext"), "basename");
  assertEquals(win.basename("C:"), "");
  assertEquals(win.basename("C:."), ".");
  assertEquals(win.basename("C:foo"), "foo");
  assertEquals(win.basename("\\\\server\\share\\file.txt"), "file.txt");
  assertEquals(win.basename(new URL("file:///C:/x/y.txt")), "y.txt");
});

Deno.test("windows.dirname()", () => {
  const cases: [string, string][] = [
    ["c:\\", "c:\\"],
    ["c:\\foo", "c:\\"],
    ["c:\\foo\\", "c:\\"],
    ["c:\\foo\\bar", "c:\\foo"],
    ["c:\\foo\\bar\\", "c:\\foo"],
    ["c:\\foo\\bar\\baz", "c:\\foo\\bar"],
    ["c:\\foo\\\\bar", "c:\\foo"],
    ["\\", "\\"],
    ["\\foo", "\\"],
    ["\\foo\\bar", "\\foo"],
    ["c:", "c:"],
    ["c:foo", "c:"],
    ["c:foo\\bar", "c:foo"],
    ["file:stream", "."],
    ["dir\\file:stream", "dir"],
    ["\\\\unc\\share", "\\\\unc\\share"],
    ["\\\\unc\\share\\foo", "\\\\unc\\share\\"],
    ["\\\\unc\\share\\foo\\bar", "\\\\unc\\share\\foo"],
    ["/a/b/", "/a"],
    ["foo", "."],
    ["", "."],
  ];
  for (const [input, expected] of cases) {
    assertEquals(win.dirname(input), expected, input);
  }
});

Deno.test("windows.extname()", () => {
  assertEquals(win.extname("C:\\foo\\file.ts"), ".ts");
  assertEquals(win.extname("file.ext\\"), ".ext");
  assertEquals(win.extname("C:.foo"), "");
  assertEquals(win.extname("\\.bashrc"), "");
  assertEquals(win.extname("a.b\\c"), "");
});

Deno.test("windows.join()", () => {
  const cases: [string[], string][] = [
    [["//foo/bar"], "\\\\foo\\bar\\"],
    [["\\/foo/bar"], "\\\\foo\\bar\\"],
    [["\\\\foo/bar"], "\\\\foo\\bar\\"],
    [["//foo", "bar"], "\\\\foo\\bar\\"],
    [["//foo/", "bar"], "\\\\foo\\bar\\"],
    [["//foo", "/bar"], "\\\\foo\\bar\\"],
    [["\\\\foo", "bar"], "\\\\foo\\bar\\"],
    [["", "//foo", "bar"], "\\\\foo\\bar\\"],
    [["//", "foo/bar"], "\\foo\\bar"],
    [["//", "/foo/bar"], "\\foo\\bar"],
    [["\\\\", "/", "/foo/bar"], "\\foo\\bar"],
    [["//"], "\\"],
    [["///foo/bar"], "\\foo\\bar"],
    [["c:"], "c:."],
    [["c:."], "c:."],
    [["c:", ""], "c:."],
    [["", "c:"], "c:."],
    [["c:.", "/"], "c:.\\"],
    [["c:.", "file"], "c:file"],
    [["c:", "/"], "c:\\"],
    [["c:", "file"], "c:\\file"],
    [["C:\\foo", "bar", "..", "baz"], "C:\\foo\\baz"],
    [[], "."],
  ];
  for (const [input, expected] of cases) {
    assertEquals(win.join(...input), expected, JSON.stringify(input));
  }
});

Deno.test("windows.normalize()", () => {
  assertEquals(win.normalize("./fixtures///b/../b/c.js"), "fixtures\\b\\c.js");
  assertEquals(win.normalize("/foo/../../../bar"), "\\bar");
  assertEquals(win.normalize("a//b//../b"), "a\\b");
  assertEquals(
    win.normalize("//server/share/dir/file.ext"),
    "\\\\server\\share\\dir\\file.ext",
  );
  assertEquals(win.normalize("\\\\server\\share"), "\\\\server\\share\\");
  assertEquals(win.normalize("C:..\\foo"), "C:..\\foo");
  assertEquals(win.normalize("C:/foo//bar/"), "C:\\foo\\bar\\");
  assertEquals(win.normalize("C:\\.."), "C:\\");
  assertEquals(win.normalize(""), ".");
});

Deno.test("windows.resolve()", () => {
  const cases: [string[], string][] = [
    [["c:/blah\\blah", "d:/games", "c:../a"], "c:\\blah\\a"],
    [["c:/ignore", "d:\\a/b\\c/d", "\\e.exe"], "d:\\e.exe"],
    [["c:/ignore", "c:/some/file"], "c:\\some\\file"],
    [["d:/ignore", "d:some/dir//"], "d:\\ignore\\some\\dir"],
    [["//server/share", "..", "relative\\"], "\\\\server\\share\\relative"],
    [["c:/", "//"], "c:\\"],
    [["c:/", "//dir"], "c:\\dir"],
    [["c:/", "//server/share"], "\\\\server\\share\\"],
    [["c:/", "//server//share"], "\\\\server\\share\\"],
    [["c:/", "///some//dir"], "c:\\some\\dir"],
    [
      ["C:\\foo\\tmp.3\\", "..\\tmp.3\\cycles\\root.js"],
      "C:\\foo\\tmp.3\\cycles\\root.js",
    ],
  ];
  for (const [input, expected] of cases) {
    assertEquals(win.resolve(...input), expected, JSON.stringify(input));
  }
});

Deno.test("windows.relative()", () => {
  const cases: [string, string, string][] = [
    ["c:/blah\\blah", "d:/games", "d:\\games"],
    ["c:/aaaa/bbbb", "c:/aaaa", ".."],
    ["c:/aaaa/bbbb", "c:/cccc", "..\\..\\cccc"],
    ["c:/aaaa/bbbb", "c:/aaaa/bbbb", ""],
    ["c:/aaaa/bbbb", "c:/aaaa/cccc", "..\\cccc"],
    ["c:/aaaa/", "c:/aaaa/cccc", "cccc"],
    ["c:/", "c:\\aaaa\\bbbb", "aaaa\\bbbb"],
    ["c:/aaaa/bbbb", "d:\\", "d:\\"],
    ["c:/AaAa/bbbb", "c:/aaaa/bbbb", ""],
    ["c:/aaaaa/", "c:/aaaa/cccc", "..\\aaaa\\cccc"],
    ["C:\\foo\\bar\\baz\\quux", "C:\\", "..\\..\\..\\.."],
    ["C:\\foo\\test", "C:\\foo\\test\\bar\\package.json", "bar\\package.json"],
    ["C:\\foo\\bar\\baz-quux", "C:\\foo\\bar\\baz", "..\\baz"],
    ["\\\\foo\\bar", "\\\\foo\\bar\\baz", "baz"],
    ["\\\\foo\\bar\\baz", "\\\\foo\\bar", ".."],
    ["\\\\foo\\baz-quux", "\\\\foo\\baz", "..\\baz"],
    ["C:\\baz", "\\\\foo\\bar\\baz", "\\\\foo\\bar\\baz"],
    ["\\\\foo\\bar\\baz", "C:\\baz", "C:\\baz"],
  ];
  for (const [from, to, expected] of cases) {
    assertEquals(win.relative(from, to), expected, `${from} -> ${to}`);
  }
});

Deno.test("windows.parse() and format()", () => {
  assertEquals(win.parse("C:\\path\\dir\\index.html"), {
    root: "C:\\",
    dir: "C:\\path\\dir",
    base: "index.html",
    ext: ".html",
    name: "index",
  });
  assertEquals(win.parse("C:"), {
    root: "C:",
    dir: "C:",
    base: "",
    ext: "",
    name: "",
  });
  assertEquals(win.parse("C:\\"), {
    root: "C:\\",
    dir: "C:\\",
    base: "",
    ext: "",
    name: "",
  });
  assertEquals(win.parse("C:abc"), {
    root: "C:",
    dir: "C:",
    base: "abc",
    ext: "",
    name: "abc",
  });
  assertEquals(win.parse("\\\\server\\share\\file.txt"), {
    root: "\\\\server\\share\\",
    dir: "\\\\server\\share\\",
    base: "file.txt",
    ext: ".txt",
    name: "file",
  });
  assertEquals(win.parse("\\\\server\\share").root, "\\\\server\\share");
  for (
    const p of [
      "C:\\path\\dir\\index.html",
      "C:\\another_path\\DIR\\1\\2\\33\\\\index",
      "another_path\\DIR with spaces\\1\\2\\33\\index",
      "\\\\server\\share\\file_path",
      "\\foo\\C:",
      "file",
      "file:stream",
      ".\\file",
      "C:\\",
      "C:",
    ]
  ) {
    assertEquals(
      win.format(win.parse(p)),
      p.replace("\\\\index", "\\index"),
      p,
    );
  }
});

Deno.test("windows file URLs", () => {
  assertEquals(win.fromFileUrl("file:///home/foo"), "\\home\\foo");
  assertEquals(win.fromFileUrl("file:///C:/Users/foo"), "C:\\Users\\foo");
  assertEquals(win.fromFileUrl("file:///C:"), "C:\\");
  assertEquals(win.fromFileUrl("file://localhost/home/foo"), "\\home\\foo");
  assertEquals(
    win.fromFileUrl("file://server/share/foo"),
    "\\\\server\\share\\foo",
  );
  assertEquals(win.fromFileUrl("file:///c:/a%20b"), "c:\\a b");
  assertThrows(() => win.fromFileUrl("https://x/y"), TypeError);
  assertEquals(win.toFileUrl("\\home\\foo").href, "file:///home/foo");
  assertEquals(win.toFileUrl("\\home\\ foo").href, "file:///home/%20foo");
  assertEquals(win.toFileUrl("C:\\Users\\foo").href, "file:///C:/Users/foo");
  assertEquals(win.toFileUrl("C:\\").href, "file:///C:/");
  assertEquals(
    win.toFileUrl("\\\\127.0.0.1\\home\\foo").href,
    "file://127.0.0.1/home/foo",
  );
  assertEquals(
    win.toFileUrl("\\\\localhost\\home\\foo").href,
    "file:///home/foo",
  );
  assertThrows(() => win.toFileUrl("foo"), TypeError);
  assertThrows(() => win.toFileUrl("C:foo"), TypeError);
});

Deno.test("windows misc", () => {
  assert(win.isAbsolute("C:\\foo"));
  assert(win.isAbsolute("C:/foo"));
  assert(win.isAbsolute("\\foo"));
  assert(win.isAbsolute("//server/share"));
  assert(!win.isAbsolute("C:"));
  assert(!win.isAbsolute("C:foo"));
  assert(!win.isAbsolute("foo\\bar"));
  assertEquals(win.toNamespacedPath("C:\\foo\\bar"), "\\\\?\\C:\\foo\\bar");
  assertEquals(
    win.toNamespacedPath("\\\\server\\share\\x"),
    "\\\\?\\UNC\\server\\share\\x",
  );
  assertEquals(win.toNamespacedPath("\\\\?\\C:\\x"), "\\\\?\\C:\\x");
  assertEquals(win.toNamespacedPath(""), "");
  assertEquals(win.SEPARATOR, "\\");
  assertEquals(win.DELIMITER, ";");
  assertEquals("a/b\\\\c".split(win.SEPARATOR_PATTERN), ["a", "b", "c"]);
  assertEquals(
    win.common(["C:\\deno\\std\\path\\mod.ts", "C:\\deno\\std\\fs\\mod.ts"]),
    "C:\\deno\\std\\",
  );
});
