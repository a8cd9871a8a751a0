import {
  assertEquals,
  AssertionError,
  assertRejects,
  assertStringIncludes,
} from "../assert/mod.ts";
import { stripAnsiCode } from "../fmt/colors.ts";
import { assertSnapshot, createAssertSnapshot, serialize } from "./snapshot.ts";

const canUseFs = Deno.permissions.querySync({ name: "read" }).state ===
    "granted" &&
  Deno.permissions.querySync({ name: "write" }).state === "granted";

Deno.test("serialize() formats values like Deno.inspect", () => {
  assertEquals(
    serialize({ b: 1, a: [1, "x"] }),
    '{\n  a: [\n    1,\n    "x",\n  ],\n  b: 1,\n}',
  );
  assertEquals(serialize("line\r\n"), '"line\\r\n"');
  assertEquals(serialize(new Map([[1, 2]])), "Map(1) {\n  1 => 2,\n}");
});

Deno.test({
  name: "assertSnapshot() matches the checked-in snapshot",
  ignore: !canUseFs,
  async fn(t) {
    await assertSnapshot(t, { hello: "world!", example: 123 });
    await assertSnapshot(t, "single line `with` ${template} chars \\");
    await t.step("a step", async (t) => {
      await assertSnapshot(t, [1, 2, 3]);
    });
  },
});

Deno.test({
  name: "assertSnapshot() update and assert modes",
  ignore: !canUseFs,
  async fn(t) {
    const dir = await Deno.makeTempDir();
    const path = `${dir}/custom.snap`;
    try {
      await assertSnapshot(t, { a: 1 }, { path, mode: "update" });
      await assertSnapshot(t, "x", { path, mode: "update", name: "named" });
      const text = await Deno.readTextFile(path);
      assertEquals(
        text,
        "export const snapshot = {};\n\n" +
          "snapshot[`assertSnapshot() update and assert modes 1`] = `\n{\n  a: 1,\n}\n`;\n\n" +
          'snapshot[`named 1`] = `"x"`;\n',
      );

      // Snapshot counters continue within a run, so compare against a file
      // written by hand (in the format Deno's std writes).
      const path2 = `${dir}/manual.snap`;
      await Deno.writeTextFile(
        path2,
        "export const snapshot = {};\n\n" +
          "snapshot[`cmp 1`] = `\n{\n  a: 1,\n}\n`;\n\n" +
          "snapshot[`cmp 2`] = `\n{\n  a: 1,\n}\n`;\n\n" +
          'snapshot[`esc 1`] = `"a \\`b\\` \\${c} \\\\\\\\"`;\n',
      );
      await assertSnapshot(t, { a: 1 }, {
        path: path2,
        name: "cmp",
        mode: "assert",
      });
      await assertSnapshot(t, "a `b` ${c} \\", {
        path: path2,
        name: "esc",
        mode: "assert",
      });
      const e = await assertRejects(
        () =>
          assertSnapshot(t, { a: 2 }, {
            path: path2,
            name: "cmp",
            mode: "assert",
          }),
        AssertionError,
      );
      const msg = stripAnsiCode(e.message);
      assertStringIncludes(msg, "Snapshot does not match:");
      assertStringIncludes(msg, "-     a: 2,\n+     a: 1,");
      assertStringIncludes(msg, "-- --update");

      await assertRejects(
        () => assertSnapshot(t, 1, { path, name: "missing", mode: "assert" }),
        AssertionError,
        "Missing snapshot: missing 1",
      );
      await assertRejects(
        () =>
          assertSnapshot(t, 1, { path: `${dir}/none.snap`, mode: "assert" }),
        AssertionError,
        "Missing snapshot file:",
      );
      await assertRejects(
        () =>
          assertSnapshot(t, 1, {
            path,
            name: "missing",
            msg: "custom",
            mode: "assert",
          }),
        AssertionError,
        "custom",
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "createAssertSnapshot() applies default options",
  ignore: !canUseFs,
  async fn(t) {
    const dir = await Deno.makeTempDir();
    try {
      const assertJsonSnapshot = createAssertSnapshot<unknown>({
        serializer: JSON.stringify,
        dir,
        mode: "update",
      });
      await assertJsonSnapshot(t, { a: [1] });
      const files = [...Deno.readDirSync(dir)].map((e) => e.name);
      assertEquals(files, ["snapshot_test.ts.snap"]);
      const text = Deno.readTextFileSync(`${dir}/snapshot_test.ts.snap`);
      assertStringIncludes(text, '= `{"a":[1]}`;');
      const check = createAssertSnapshot<unknown>({ dir, mode: "assert" });
      await assertRejects(
        () => check(t, 1, "merged message"),
        AssertionError,
        "merged message",
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
