/**
 * Tests for the platform-dependent default exports of @std/path.
 *
 * @module
 */
import { assertEquals, assertStrictEquals } from "../assert/mod.ts";
import * as path from "./mod.ts";
import * as posix from "./posix/mod.ts";
import * as windows from "./windows/mod.ts";
import { join } from "./join.ts";
import { basename } from "./basename.ts";

const flavor = Deno.build.os === "windows" ? windows : posix;

Deno.test("default export set follows Deno.build.os", () => {
  assertStrictEquals(path.SEPARATOR, flavor.SEPARATOR);
  assertStrictEquals(path.DELIMITER, flavor.DELIMITER);
  assertEquals(path.join("a", "b"), flavor.join("a", "b"));
  assertEquals(join("a", "..", "c"), "c");
  assertEquals(basename("x/y.ts", ".ts"), "y");
  assertEquals(path.resolve("a"), flavor.resolve("a"));
  assertEquals(path.relative("a/b", "a/c"), flavor.relative("a/b", "a/c"));
  assertEquals(path.parse("a.ts").name, "a");
  assertEquals(path.format({ name: "a", ext: ".ts" }), "a.ts");
  assertEquals(path.extname(new URL("file:///a/b.md")), ".md");
  assertEquals(
    path.fromFileUrl(path.toFileUrl(path.resolve("x y"))),
    path.resolve("x y"),
  );
  assertEquals(path.isAbsolute(Deno.cwd()), true);
  assertEquals(path.toNamespacedPath("x"), flavor.toNamespacedPath("x"));
  assertEquals(
    path.globToRegExp("*.ts").source,
    flavor.globToRegExp("*.ts").source,
  );
  assertEquals(path.common(["a/b/c", "a/b/d"], "/"), "a/b/");
});
