/**
 * Tests for walk, walkSync, expandGlob and expandGlobSync.
 *
 * @module
 */
import { assertEquals, assertRejects } from "../assert/mod.ts";
import { join, relative, toFileUrl } from "../path/mod.ts";
import {
  expandGlob,
  expandGlobSync,
  walk,
  type WalkEntry,
  walkSync,
} from "./mod.ts";

async function makeTree(): Promise<string> {
  const dir = await Deno.realPath(
    await Deno.makeTempDir({ prefix: "std_walk_" }),
  );
  await Deno.mkdir(join(dir, "a", "b"), { recursive: true });
  await Deno.mkdir(join(dir, "c"));
  await Deno.mkdir(join(dir, ".hidden"));
  for (
    const f of [
      "x.ts",
      "y.js",
      "a/z.ts",
      "a/b/w.ts",
      "a/b/v.md",
      "c/u.TS",
      ".hidden/h.ts",
    ]
  ) {
    await Deno.writeTextFile(join(dir, f), f);
  }
  return dir;
}

function rel(dir: string, entries: WalkEntry[]): string[] {
  return entries.map((e) => relative(dir, e.path).replaceAll("\\", "/") || ".")
    .sort();
}

Deno.test("walk() yields every entry", async () => {
  const dir = await makeTree();
  try {
    const all = await Array.fromAsync(walk(dir));
    assertEquals(rel(dir, all), [
      ".",
      ".hidden",
      ".hidden/h.ts",
      "a",
      "a/b",
      "a/b/v.md",
      "a/b/w.ts",
      "a/z.ts",
      "c",
      "c/u.TS",
      "x.ts",
      "y.js",
    ]);
    assertEquals(all[0]!.path, dir);
    assertEquals(all[0]!.isDirectory, true);
    const file = all.find((e) => e.name === "x.ts")!;
    assertEquals(file, {
      path: join(dir, "x.ts"),
      name: "x.ts",
      isFile: true,
      isDirectory: false,
      isSymlink: false,
    });
    assertEquals(rel(dir, [...walkSync(dir)]), rel(dir, all));
    assertEquals(
      rel(dir, await Array.fromAsync(walk(toFileUrl(dir)))),
      rel(dir, all),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("walk() options", async () => {
  const dir = await makeTree();
  try {
    const r = async (opts: Parameters<typeof walk>[1]) =>
      rel(dir, await Array.fromAsync(walk(dir, opts)));
    assertEquals(await r({ maxDepth: 1 }), [
      ".",
      ".hidden",
      "a",
      "c",
      "x.ts",
      "y.js",
    ]);
    assertEquals(await r({ maxDepth: 0 }), ["."]);
    assertEquals(await r({ exts: [".ts"] }), [
      ".hidden/h.ts",
      "a/b/w.ts",
      "a/z.ts",
      "x.ts",
    ]);
    assertEquals(await r({ exts: ["md"] }), ["a/b/v.md"]);
    assertEquals(await r({ includeDirs: false, match: [/a[\\/]b/] }), [
      "a/b/v.md",
      "a/b/w.ts",
    ]);
    assertEquals(await r({ includeFiles: false }), [
      ".",
      ".hidden",
      "a",
      "a/b",
      "c",
    ]);
    assertEquals(await r({ skip: [/[\\/]a$/, /hidden/] }), [
      ".",
      "c",
      "c/u.TS",
      "x.ts",
      "y.js",
    ]);
    assertEquals(
      rel(dir, [...walkSync(dir, { includeDirs: false, maxDepth: 1 })]),
      ["x.ts", "y.js"],
    );
    await assertRejects(
      () => Array.fromAsync(walk(join(dir, "missing"))),
      Deno.errors.NotFound,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "walk() symlinks",
  ignore: Deno.build.os === "windows",
  fn: async () => {
    const dir = await makeTree();
    try {
      await Deno.symlink(join(dir, "a"), join(dir, "c", "link"));
      const noFollow = rel(dir, await Array.fromAsync(walk(join(dir, "c"))));
      assertEquals(noFollow, ["c", "c/link", "c/u.TS"]);
      const noLinks = rel(
        dir,
        await Array.fromAsync(walk(join(dir, "c"), { includeSymlinks: false })),
      );
      assertEquals(noLinks, ["c", "c/u.TS"]);
      const follow = rel(
        dir,
        await Array.fromAsync(walk(join(dir, "c"), { followSymlinks: true })),
      );
      assertEquals(follow, [
        "a",
        "a/b",
        "a/b/v.md",
        "a/b/w.ts",
        "a/z.ts",
        "c",
        "c/u.TS",
      ]);
      const followRaw = rel(dir, [
        ...walkSync(join(dir, "c"), {
          followSymlinks: true,
          canonicalize: false,
        }),
      ]);
      assertEquals(followRaw, [
        "c",
        "c/link",
        "c/link/b",
        "c/link/b/v.md",
        "c/link/b/w.ts",
        "c/link/z.ts",
        "c/u.TS",
      ]);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("expandGlob()", async () => {
  const dir = await makeTree();
  try {
    const g = async (glob: string, opts = {}) =>
      rel(dir, await Array.fromAsync(expandGlob(glob, { root: dir, ...opts })));
    assertEquals(await g("*.ts"), ["x.ts"]);
    assertEquals(await g("*"), [".hidden", "a", "c", "x.ts", "y.js"]);
    assertEquals(await g("**/*.ts"), [
      ".hidden/h.ts",
      "a/b/w.ts",
      "a/z.ts",
      "x.ts",
    ]);
    assertEquals(await g("a/**/*.ts"), ["a/b/w.ts", "a/z.ts"]);
    assertEquals(await g("**/*.ts", { exclude: [".hidden", "a/b"] }), [
      "a/z.ts",
      "x.ts",
    ]);
    assertEquals(await g("*/"), [".hidden", "a", "c"]);
    assertEquals(await g("*", { includeDirs: false }), ["x.ts", "y.js"]);
    assertEquals(await g("c/*.ts"), []);
    assertEquals(await g("c/*.ts", { caseInsensitive: true }), ["c/u.TS"]);
    assertEquals(await g("*.{ts,js}"), ["x.ts", "y.js"]);
    assertEquals(await g("a/b/../z.ts"), ["a/z.ts"]);
    assertEquals(await g("a/b/*/../w.ts"), []);
    assertEquals(await g("x.ts"), ["x.ts"]);
    assertEquals(await g("nope/*.ts"), []);
    assertEquals(await g("@(x|y).*"), ["x.ts", "y.js"]);
    assertEquals(await g("@(x|y).*", { extended: false }), []);
    const abs = await Array.fromAsync(expandGlob(join(dir, "a", "*.ts")));
    assertEquals(abs.map((e) => e.path), [join(dir, "a", "z.ts")]);
    assertEquals(abs[0]!.name, "z.ts");
    const sync = [...expandGlobSync("**/*.md", { root: dir })];
    assertEquals(rel(dir, sync), ["a/b/v.md"]);
    const prev = Deno.cwd();
    Deno.chdir(join(dir, "a"));
    try {
      assertEquals(rel(dir, await Array.fromAsync(expandGlob("*.ts"))), [
        "a/z.ts",
      ]);
    } finally {
      Deno.chdir(prev);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
