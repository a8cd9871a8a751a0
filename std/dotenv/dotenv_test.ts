import { assertEquals, assertRejects, assertThrows } from "../assert/mod.ts";
import { load, loadSync, parse, stringify } from "./mod.ts";

Deno.test("parse() reads keys, quotes and comments", () => {
  const text = `
# a comment
BASIC=basic
export EXPORTED=yes
  SPACED  =   spaced value   
EMPTY=
INLINE=value # comment
HASH=no#comment
SINGLE='single $BASIC \\n'
DOUBLE="double\\nline \\"quoted\\" \\t tab"
BACKTICK=\`back 'tick' "s"\`
MULTI="first
second"
SINGLE_MULTI='a
b'
QUOTED_COMMENT="value" # comment
EQUALS=a=b=c
not a line
1INVALID=x
DOTTED.KEY=dot
`;
  assertEquals(parse(text), {
    BASIC: "basic",
    EXPORTED: "yes",
    SPACED: "spaced value",
    EMPTY: "",
    INLINE: "value",
    HASH: "no#comment",
    SINGLE: "single $BASIC \\n",
    DOUBLE: 'double\nline "quoted" \t tab',
    BACKTICK: `back 'tick' "s"`,
    MULTI: "first\nsecond",
    SINGLE_MULTI: "a\nb",
    QUOTED_COMMENT: "value",
    EQUALS: "a=b=c",
    "DOTTED.KEY": "dot",
  });
});

Deno.test("parse() handles CRLF and later duplicates", () => {
  assertEquals(parse('A=1\r\nB="x\r\ny"\r\nA=2\r\n'), { A: "2", B: "x\ny" });
});

Deno.test("parse() expands variables", () => {
  const text = `
A=hello
B=\${A} world
C=$A-$B
D="\${MISSING:-fallback} \${A:-unused}"
E='\${A}'
F=\\$A
G=\${LATER}
LATER=later
H=\${H}
`;
  assertEquals(parse(text), {
    A: "hello",
    B: "hello world",
    C: "hello-hello world",
    D: "fallback hello",
    E: "${A}",
    F: "$A",
    G: "later",
    H: "",
    LATER: "later",
  });
});

Deno.test("parse() falls back to the environment for expansion", () => {
  Deno.env.set("DOTENV_TEST_OUTER", "outer");
  try {
    assertEquals(parse("X=$DOTENV_TEST_OUTER"), { X: "outer" });
  } finally {
    Deno.env.delete("DOTENV_TEST_OUTER");
  }
});

Deno.test("stringify() quotes so that parse() gives the values back", () => {
  const values = {
    PLAIN: "value",
    SPACE: "hello world",
    EMPTY: "",
    NEWLINE: "a\nb",
    QUOTES: `it's "quoted"`,
    DOLLAR: "$HOME and ${X}",
    BACKSLASH: "C:\\new\\path",
    HASH: "a # b",
  };
  const text = stringify(values);
  assertEquals(
    text.split("\n").slice(0, 3),
    ["PLAIN=value", "SPACE='hello world'", "EMPTY="],
  );
  assertEquals(parse(text), values);
  assertEquals(stringify({ "#COMMENT": "x", A: "b" }), "A=b");
});

Deno.test("load() and loadSync() read files and export", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/.env`;
    await Deno.writeTextFile(
      path,
      "DOTENV_TEST_A=from file\nDOTENV_TEST_B=2\n",
    );
    Deno.env.set("DOTENV_TEST_B", "already set");
    assertEquals(await load({ envPath: path }), {
      DOTENV_TEST_A: "from file",
      DOTENV_TEST_B: "2",
    });
    assertEquals(Deno.env.get("DOTENV_TEST_A"), undefined);
    assertEquals(
      loadSync({ envPath: path, export: true }).DOTENV_TEST_A,
      "from file",
    );
    assertEquals(Deno.env.get("DOTENV_TEST_A"), "from file");
    assertEquals(Deno.env.get("DOTENV_TEST_B"), "already set");
    assertEquals(await load({ envPath: `${dir}/missing.env` }), {});
    assertEquals(loadSync({ envPath: `${dir}/missing.env` }), {});
    assertEquals(await load({ envPath: null }), {});
    await assertRejects(() => load({ envPath: dir }));
    assertThrows(() => loadSync({ envPath: dir }));
  } finally {
    Deno.env.delete("DOTENV_TEST_A");
    Deno.env.delete("DOTENV_TEST_B");
    await Deno.remove(dir, { recursive: true });
  }
});
