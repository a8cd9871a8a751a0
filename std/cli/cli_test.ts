/**
 * Tests for unicodeWidth, promptSecret and Spinner.
 *
 * @module
 */
import { assert, assertEquals, assertThrows } from "../assert/mod.ts";
import { promptSecret, unicodeWidth } from "./mod.ts";
import { type Color, Spinner } from "./unstable_spinner.ts";

Deno.test("unicodeWidth()", () => {
  assertEquals(unicodeWidth(""), 0);
  assertEquals(unicodeWidth("hello world"), 11);
  assertEquals(unicodeWidth("天地玄黃宇宙洪荒"), 16);
  assertEquals(unicodeWidth("ｆｕｌｌｗｉｄｔｈ"), 18);
  assertEquals(unicodeWidth("한국어"), 6);
  assertEquals(unicodeWidth("e\u0301"), 1);
  assertEquals(unicodeWidth("\t\n"), 0);
  assertEquals(unicodeWidth("🦕"), 2);
  assertEquals(unicodeWidth("a\u200bb"), 2);
});

Deno.test("promptSecret() returns null without a terminal", () => {
  if (Deno.stdin.isTerminal()) return;
  assertEquals(promptSecret("Password:"), null);
});

Deno.test("Spinner", async () => {
  const spinner = new Spinner({
    message: "Loading",
    interval: 5,
    color: "cyan",
  });
  assertEquals(spinner.message, "Loading");
  assertEquals(spinner.color, "cyan");
  spinner.color = "red";
  assertEquals(spinner.color, "red");
  spinner.color = undefined;
  assertEquals(spinner.color, undefined);
  assertThrows(() => (spinner.color = "pink" as Color), TypeError);
  spinner.start();
  spinner.start(); // no-op
  spinner.message = "Still loading";
  await new Promise((r) => setTimeout(r, 20));
  spinner.stop();
  spinner.stop(); // no-op
  const other = new Spinner();
  assert(other.message === "");
  other.stop();
});
