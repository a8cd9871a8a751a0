import { assertEquals } from "../assert/mod.ts";
import * as c from "./colors.ts";

function withColor(fn: () => void) {
  const prev = c.getColorEnabled();
  c.setColorEnabled(true);
  try {
    if (!c.getColorEnabled()) return; // NO_COLOR forces colors off
    fn();
  } finally {
    c.setColorEnabled(prev);
  }
}

Deno.test("colors wrap text in ANSI codes", () => {
  withColor(() => {
    assertEquals(c.red("foo"), "\x1b[31mfoo\x1b[39m");
    assertEquals(c.bold("foo"), "\x1b[1mfoo\x1b[22m");
    assertEquals(c.bgBlue("foo"), "\x1b[44mfoo\x1b[49m");
    assertEquals(c.gray("foo"), "\x1b[90mfoo\x1b[39m");
    assertEquals(c.brightWhite("foo"), "\x1b[97mfoo\x1b[39m");
    assertEquals(c.bgBrightRed("foo"), "\x1b[101mfoo\x1b[49m");
    assertEquals(c.reset("foo"), "\x1b[0mfoo\x1b[0m");
    assertEquals(c.strikethrough("x"), "\x1b[9mx\x1b[29m");
  });
});

Deno.test("nested colors reopen the outer color", () => {
  withColor(() => {
    assertEquals(
      c.red(`a${c.blue("b")}c`),
      "\x1b[31ma\x1b[34mb\x1b[31mc\x1b[39m",
    );
  });
});

Deno.test("8 and 24 bit colors", () => {
  withColor(() => {
    assertEquals(c.rgb8("foo", 42), "\x1b[38;5;42mfoo\x1b[39m");
    assertEquals(c.bgRgb8("foo", 300), "\x1b[48;5;255mfoo\x1b[49m");
    assertEquals(c.rgb24("foo", 0xff00ff), "\x1b[38;2;255;0;255mfoo\x1b[39m");
    assertEquals(
      c.bgRgb24("foo", { r: 41, g: 42.7, b: -3 }),
      "\x1b[48;2;41;42;0mfoo\x1b[49m",
    );
  });
});

Deno.test("setColorEnabled(false) disables colors", () => {
  const prev = c.getColorEnabled();
  c.setColorEnabled(false);
  try {
    assertEquals(c.getColorEnabled(), false);
    assertEquals(c.red("foo"), "foo");
  } finally {
    c.setColorEnabled(prev);
  }
});

Deno.test("stripAnsiCode()", () => {
  assertEquals(
    c.stripAnsiCode("\x1b[31mfoo\x1b[39m \x1b[38;2;1;2;3mbar\x1b[39m"),
    "foo bar",
  );
  assertEquals(c.stripAnsiCode("plain"), "plain");
});
