/**
 * Tests for the POSIX path functions.
 *
 * @module
 */
import { assert, assertEquals, assertThrows } from "../assert/mod.ts";
import * as posix from "./posix/mod.ts";

Deno.test("posix.basename()", () => {
  assertEquals(posix.basename("/home/user/file.txt"), "file.txt");
  assertEquals(posix.basename("/home/user/file.txt", ".txt"), "file");
  assertEquals(posix.basename("/dir/basename.ext/"), "basename.ext");
  assertEquals(posix.basename("basename.ext//"), "basename.ext");
  assertEquals(posix.basename("aaa/bbb", "bbb"), "bbb");
  assertEquals(posix.basename("aaa/bbb", "b"), "bb");
  assertEquals(posix.basename(""), "");
  assertEquals(posix.basename("/"), "/");
  assertEquals(posix.basename("//a"), "a");
  assertEquals(posix.basename("\\dir\\basename.ext"), "\\dir\\basename.ext");
  assertEquals(posix.basename(new URL("file:///a/b%20c.txt")), "b c.txt");
  assertThrows(() => posix.basename(1 as unknown as string), TypeError);
});

Deno.test("posix.dirname()", () => {
  assertEquals(posix.dirname("/a/b/"), "/a");
  assertEquals(posix.dirname("/a/b"), "/a");
  assertEquals(posix.dirname("/a"), "/");
  assertEquals(posix.dirname(""), ".");
  assertEquals(posix.dirname("/"), "/");
  assertEquals(posix.dirname("////"), "/");
  assertEquals(posix.dirname("//a"), "/");
  assertEquals(posix.dirname("foo"), ".");
  assertEquals(posix.dirname("a//b"), "a");
  assertEquals(posix.dirname(new URL("file:///a/b/c")), "/a/b");
});

Deno.test("posix.extname()", () => {
  const cases: [string, string][] = [
    ["", ""],
    ["/path/to/file", ""],
    ["/path/to/file.ext", ".ext"],
    ["/path.to/file.ext", ".ext"],
    ["/path.to/file", ""],
    ["/path/to/.file", ""],
    ["/path/to/.file.ext", ".ext"],
    ["file.ext.ext", ".ext"],
    ["file.", "."],
    [".", ""],
    ["..", ""],
    ["...", "."],
    ["..file", ".file"],
    ["file.ext/", ".ext"],
    ["file.ext//", ".ext"],
  ];
  for (const [input, expected] of cases) {
    assertEquals(posix.extname(input), expected, input);
  }
});

Deno.test("posix.join() and normalize()", () => {
  assertEquals(
    posix.join("/foo", "bar", "baz/asdf", "quux", ".."),
    "/foo/bar/baz/asdf",
  );
  assertEquals(posix.join(), ".");
  assertEquals(posix.join("", ""), ".");
  assertEquals(posix.join("./"), "./");
  assertEquals(posix.join(".", "./", "."), ".");
  assertEquals(posix.join("foo/", "../../bar"), "../bar");
  assertEquals(posix.join("/", "..", ".."), "/");
  assertEquals(posix.join(new URL("file:///foo"), "bar"), "/foo/bar");
  assertEquals(posix.normalize(""), ".");
  assertEquals(posix.normalize("./fixtures///b/../b/c.js"), "fixtures/b/c.js");
  assertEquals(posix.normalize("/foo/../../../bar"), "/bar");
  assertEquals(posix.normalize("a//b//../b"), "a/b");
  assertEquals(posix.normalize("a//b//./c"), "a/b/c");
  assertEquals(posix.normalize("../../a/"), "../../a/");
  assertEquals(posix.normalize("a/.."), ".");
  assertEquals(posix.normalize("//"), "/");
});

Deno.test("posix.resolve() and relative()", () => {
  assertEquals(posix.resolve("/var/lib", "../", "file/"), "/var/file");
  assertEquals(posix.resolve("/var/lib", "/../", "file/"), "/file");
  assertEquals(posix.resolve("/some/dir", ".", "/absolute/"), "/absolute");
  assertEquals(posix.resolve("a/b/c/", "../../.."), Deno.cwd());
  assertEquals(posix.resolve("."), Deno.cwd());
  assertEquals(posix.resolve("/"), "/");
  assertEquals(posix.relative("/var/lib", "/var"), "..");
  assertEquals(posix.relative("/var/lib", "/bin"), "../../bin");
  assertEquals(posix.relative("/var/lib", "/var/lib"), "");
  assertEquals(posix.relative("/var/lib", "/var/apache"), "../apache");
  assertEquals(posix.relative("/var/", "/var/lib"), "lib");
  assertEquals(posix.relative("/", "/var/lib"), "var/lib");
  assertEquals(
    posix.relative("/foo/test", "/foo/test/bar/package.json"),
    "bar/package.json",
  );
  assertEquals(
    posix.relative("/Users/a/web/b/test/mails", "/Users/a/web/b"),
    "../..",
  );
  assertEquals(posix.relative("/foo/bar/baz-quux", "/foo/bar/baz"), "../baz");
  assertEquals(posix.relative("/baz-quux", "/baz"), "../baz");
  assertEquals(posix.relative("/page1/page2/foo", "/"), "../../..");
});

Deno.test("posix.parse() and format()", () => {
  assertEquals(posix.parse("/home/user/dir/file.txt"), {
    root: "/",
    dir: "/home/user/dir",
    base: "file.txt",
    ext: ".txt",
    name: "file",
  });
  assertEquals(posix.parse("/"), {
    root: "/",
    dir: "/",
    base: "",
    ext: "",
    name: "",
  });
  assertEquals(posix.parse(""), {
    root: "",
    dir: "",
    base: "",
    ext: "",
    name: "",
  });
  assertEquals(posix.parse(".bashrc"), {
    root: "",
    dir: "",
    base: ".bashrc",
    ext: "",
    name: ".bashrc",
  });
  assertEquals(posix.parse("a/b.c/"), {
    root: "",
    dir: "a",
    base: "b.c",
    ext: ".c",
    name: "b",
  });
  assertEquals(posix.parse("/x"), {
    root: "/",
    dir: "/",
    base: "x",
    ext: "",
    name: "x",
  });
  for (const p of ["/home/user/dir/file.txt", "a/b.c", "/x", "file", "./x.y"]) {
    assertEquals(posix.format(posix.parse(p)), p);
  }
  assertEquals(posix.format({ name: "x", ext: ".png" }), "x.png");
  assertEquals(posix.format({ root: "/", name: "x", ext: ".png" }), "/x.png");
  assertEquals(posix.format({ dir: "some/dir", base: "x" }), "some/dir/x");
});

Deno.test("posix file URLs", () => {
  assertEquals(posix.fromFileUrl(new URL("file:///home/foo")), "/home/foo");
  assertEquals(posix.fromFileUrl("file:///home/foo%20bar"), "/home/foo bar");
  assertEquals(posix.fromFileUrl("file:///%"), "/%");
  assertEquals(posix.fromFileUrl("file://localhost/foo"), "/foo");
  assertThrows(() => posix.fromFileUrl("http://localhost/foo"), TypeError);
  assertEquals(posix.toFileUrl("/home/foo").href, "file:///home/foo");
  assertEquals(posix.toFileUrl("/home/ foo").href, "file:///home/%20foo");
  assertEquals(posix.toFileUrl("/home/%20").href, "file:///home/%2520");
  assertEquals(posix.toFileUrl("/home\\foo").href, "file:///home%5Cfoo");
  assertEquals(posix.toFileUrl("/home/\tfoo").href, "file:///home/%09foo");
  assertThrows(() => posix.toFileUrl("foo"), TypeError);
  assertEquals(posix.fromFileUrl(posix.toFileUrl("/a b/%c?#")), "/a b/%c?#");
});

Deno.test("posix misc", () => {
  assert(posix.isAbsolute("/home"));
  assert(!posix.isAbsolute("home"));
  assert(!posix.isAbsolute(""));
  assertEquals(posix.toNamespacedPath("/foo"), "/foo");
  assertEquals(posix.SEPARATOR, "/");
  assertEquals(posix.DELIMITER, ":");
  assertEquals("a//b".split(posix.SEPARATOR_PATTERN), ["a", "b"]);
  assertEquals(
    posix.common(["./deno/std/path/mod.ts", "./deno/std/fs/mod.ts"]),
    "./deno/std/",
  );
  assertEquals(posix.common(["/a/b", "/c/d"]), "/");
  assertEquals(posix.common(["a/b", "c/d"]), "");
  assertEquals(posix.common([]), "");
});
