/**
 * Tests for exists, ensure*, emptyDir, copy, move and the EOL helpers.
 *
 * @module
 */
import {
  assert,
  assertEquals,
  assertFalse,
  assertRejects,
  assertThrows,
} from "../assert/mod.ts";
import { join, toFileUrl } from "../path/mod.ts";
import {
  copy,
  copySync,
  CRLF,
  detect,
  emptyDir,
  emptyDirSync,
  ensureDir,
  ensureDirSync,
  ensureFile,
  ensureFileSync,
  ensureLink,
  ensureSymlink,
  ensureSymlinkSync,
  EOL,
  exists,
  existsSync,
  format,
  LF,
  move,
  moveSync,
} from "./mod.ts";

async function withTemp(fn: (dir: string) => Promise<void> | void) {
  const dir = await Deno.makeTempDir({ prefix: "std_fs_test_" });
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("exists() and existsSync()", () =>
  withTemp(async (dir) => {
    const file = join(dir, "f.txt");
    await Deno.writeTextFile(file, "x");
    assert(await exists(file));
    assert(existsSync(file));
    assert(await exists(toFileUrl(file)));
    assert(await exists(dir, { isDirectory: true }));
    assertFalse(await exists(file, { isDirectory: true }));
    assert(await exists(file, { isFile: true }));
    assertFalse(existsSync(dir, { isFile: true }));
    assert(await exists(file, { isReadable: true }));
    assertFalse(await exists(join(dir, "missing")));
    assertFalse(existsSync(join(dir, "missing", "deeper")));
    await assertRejects(
      () => exists(file, { isDirectory: true, isFile: true }),
      TypeError,
    );
    assertThrows(
      () => existsSync(file, { isDirectory: true, isFile: true }),
      TypeError,
    );
    if (Deno.build.os !== "windows" && Deno.uid() !== 0) {
      await Deno.chmod(file, 0o000);
      assert(await exists(file));
      assertFalse(await exists(file, { isReadable: true }));
    }
    // dangling symlink: exists follows links
    if (Deno.build.os !== "windows") {
      await Deno.symlink(join(dir, "nowhere"), join(dir, "dangling"));
      assertFalse(await exists(join(dir, "dangling")));
    }
  }));

Deno.test("ensureDir() and ensureDirSync()", () =>
  withTemp(async (dir) => {
    const deep = join(dir, "a", "b", "c");
    await ensureDir(deep);
    assert((await Deno.stat(deep)).isDirectory);
    await ensureDir(deep); // idempotent
    ensureDirSync(join(dir, "x", "y"));
    assert(Deno.statSync(join(dir, "x", "y")).isDirectory);
    const file = join(dir, "file");
    await Deno.writeTextFile(file, "");
    await assertRejects(
      () => ensureDir(file),
      Error,
      "Failed to ensure directory exists: expected 'dir', got 'file'",
    );
    assertThrows(() => ensureDirSync(file), Error, "expected 'dir'");
  }));

Deno.test("ensureFile() and ensureFileSync()", () =>
  withTemp(async (dir) => {
    const f = join(dir, "a", "b", "file.txt");
    await ensureFile(f);
    assertEquals(await Deno.readTextFile(f), "");
    await Deno.writeTextFile(f, "keep");
    await ensureFile(f);
    assertEquals(await Deno.readTextFile(f), "keep");
    ensureFileSync(join(dir, "c", "d.txt"));
    assert(Deno.statSync(join(dir, "c", "d.txt")).isFile);
    await assertRejects(
      () => ensureFile(join(dir, "a")),
      Error,
      "expected 'file', got 'dir'",
    );
    assertThrows(
      () => ensureFileSync(join(dir, "a")),
      Error,
      "expected 'file'",
    );
  }));

Deno.test({
  name: "ensureLink() and ensureSymlink()",
  ignore: Deno.build.os === "windows",
  fn: () =>
    withTemp(async (dir) => {
      const target = join(dir, "target.txt");
      await Deno.writeTextFile(target, "hello");
      await ensureLink(target, join(dir, "l", "hard.txt"));
      assertEquals(
        await Deno.readTextFile(join(dir, "l", "hard.txt")),
        "hello",
      );
      await assertRejects(
        () => ensureLink(target, join(dir, "l", "hard.txt")),
        Deno.errors.AlreadyExists,
      );

      const link = join(dir, "s", "link.txt");
      await ensureSymlink(target, link);
      assert((await Deno.lstat(link)).isSymlink);
      await ensureSymlink(target, link); // same target: fine
      ensureSymlinkSync(target, link);
      await assertRejects(
        () => ensureSymlink(join(dir, "nope"), join(dir, "x")),
        Deno.errors.NotFound,
      );
      await Deno.writeTextFile(join(dir, "other.txt"), "");
      await assertRejects(
        () => ensureSymlink(join(dir, "other.txt"), link),
        Deno.errors.AlreadyExists,
        "undesired path",
      );
      await assertRejects(
        () => ensureSymlink(target, join(dir, "other.txt")),
        Deno.errors.AlreadyExists,
        "'file' already exists",
      );
      // relative targets are relative to the link's directory
      await ensureSymlink("../target.txt", join(dir, "rel", "r.txt"));
      assertEquals(await Deno.readTextFile(join(dir, "rel", "r.txt")), "hello");
    }),
});

Deno.test("emptyDir() and emptyDirSync()", () =>
  withTemp(async (dir) => {
    const d = join(dir, "d");
    await Deno.mkdir(join(d, "sub", "deep"), { recursive: true });
    await Deno.writeTextFile(join(d, "a.txt"), "a");
    await emptyDir(d);
    assertEquals(await Array.fromAsync(Deno.readDir(d)), []);
    await emptyDir(join(dir, "new", "dir"));
    assert((await Deno.stat(join(dir, "new", "dir"))).isDirectory);
    await Deno.writeTextFile(join(d, "b.txt"), "b");
    emptyDirSync(d);
    assertEquals([...Deno.readDirSync(d)], []);
    emptyDirSync(toFileUrl(join(dir, "via-url")));
    assert(Deno.statSync(join(dir, "via-url")).isDirectory);
  }));

Deno.test("copy() files, directories and symlinks", () =>
  withTemp(async (dir) => {
    const src = join(dir, "src");
    await Deno.mkdir(join(src, "nested"), { recursive: true });
    await Deno.writeTextFile(join(src, "a.txt"), "A");
    await Deno.writeTextFile(join(src, "nested", "b.txt"), "B");
    if (Deno.build.os !== "windows") {
      await Deno.symlink("a.txt", join(src, "link"));
    }
    const dest = join(dir, "dest");
    await copy(src, dest);
    assertEquals(await Deno.readTextFile(join(dest, "a.txt")), "A");
    assertEquals(await Deno.readTextFile(join(dest, "nested", "b.txt")), "B");
    if (Deno.build.os !== "windows") {
      assert((await Deno.lstat(join(dest, "link"))).isSymlink);
      assertEquals(await Deno.readLink(join(dest, "link")), "a.txt");
    }
    await assertRejects(() => copy(src, dest), Deno.errors.AlreadyExists);
    await Deno.writeTextFile(join(src, "a.txt"), "A2");
    await copy(src, dest, { overwrite: true });
    assertEquals(await Deno.readTextFile(join(dest, "a.txt")), "A2");

    await assertRejects(
      () => copy(src, src),
      Error,
      "Source and destination cannot be the same",
    );
    await assertRejects(
      () => copy(src, join(src, "nested", "x")),
      Error,
      "Cannot copy",
    );
    await assertRejects(
      () => copy(join(dir, "missing"), join(dir, "m2")),
      Deno.errors.NotFound,
    );

    // file copy + timestamps
    const past = new Date(2000, 1, 1);
    await Deno.utime(join(src, "a.txt"), past, past);
    await copy(join(src, "a.txt"), join(dir, "single.txt"), {
      preserveTimestamps: true,
    });
    assertEquals(
      (await Deno.stat(join(dir, "single.txt"))).mtime?.getTime(),
      past.getTime(),
    );

    // directory onto a file
    await Deno.writeTextFile(join(dir, "plain"), "");
    await assertRejects(
      () => copy(src, join(dir, "plain"), { overwrite: true }),
      Error,
      "Cannot overwrite non-directory",
    );

    copySync(src, join(dir, "dest-sync"));
    assertEquals(
      Deno.readTextFileSync(join(dir, "dest-sync", "nested", "b.txt")),
      "B",
    );
    assertThrows(
      () => copySync(src, join(dir, "dest-sync")),
      Deno.errors.AlreadyExists,
    );
    copySync(toFileUrl(join(src, "a.txt")), toFileUrl(join(dir, "url.txt")));
    assertEquals(Deno.readTextFileSync(join(dir, "url.txt")), "A2");
  }));

Deno.test("move() and moveSync()", () =>
  withTemp(async (dir) => {
    const a = join(dir, "a.txt");
    await Deno.writeTextFile(a, "A");
    await move(a, join(dir, "b.txt"));
    assertFalse(await exists(a));
    assertEquals(await Deno.readTextFile(join(dir, "b.txt")), "A");
    await Deno.writeTextFile(join(dir, "c.txt"), "C");
    await assertRejects(
      () => move(join(dir, "c.txt"), join(dir, "b.txt")),
      Deno.errors.AlreadyExists,
    );
    await move(join(dir, "c.txt"), join(dir, "b.txt"), { overwrite: true });
    assertEquals(await Deno.readTextFile(join(dir, "b.txt")), "C");

    const d = join(dir, "d");
    await Deno.mkdir(join(d, "sub"), { recursive: true });
    await assertRejects(
      () => move(d, join(d, "sub", "x")),
      Error,
      "Cannot move",
    );
    await assertRejects(() => move(d, d), Error, "Cannot move");
    await move(d, join(dir, "e"));
    assert((await Deno.stat(join(dir, "e", "sub"))).isDirectory);
    await assertRejects(
      () => move(join(dir, "missing"), join(dir, "z")),
      Deno.errors.NotFound,
    );

    moveSync(join(dir, "e"), join(dir, "f"));
    assert(existsSync(join(dir, "f", "sub")));
    Deno.writeTextFileSync(join(dir, "g.txt"), "G");
    assertThrows(
      () => moveSync(join(dir, "g.txt"), join(dir, "b.txt")),
      Deno.errors.AlreadyExists,
    );
    moveSync(join(dir, "g.txt"), join(dir, "b.txt"), { overwrite: true });
    assertEquals(Deno.readTextFileSync(join(dir, "b.txt")), "G");
  }));

Deno.test("eol helpers", () => {
  assertEquals(LF, "\n");
  assertEquals(CRLF, "\r\n");
  assertEquals(EOL, Deno.build.os === "windows" ? CRLF : LF);
  assertEquals(detect("a\r\nb"), CRLF);
  assertEquals(detect("a\nb\r\nc"), CRLF);
  assertEquals(detect("a\nb"), LF);
  assertEquals(detect("ab"), null);
  assertEquals(detect(""), null);
  assertEquals(format("a\r\nb\nc", LF), "a\nb\nc");
  assertEquals(format("a\r\nb\nc", CRLF), "a\r\nb\r\nc");
});
