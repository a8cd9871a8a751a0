import { assertEquals, assertThrows } from "../assert/mod.ts";
import {
  closestString,
  compareSimilarity,
  levenshteinDistance,
  toCamelCase,
  toConstantCase,
  toKebabCase,
  toPascalCase,
  toSnakeCase,
  wordSimilaritySort,
} from "./mod.ts";
import { toConstantCase as unstableToConstantCase } from "./unstable_to_constant_case.ts";

const CASES: [string, string, string, string, string, string][] = [
  // input, camel, pascal, snake, kebab, constant
  [
    "deno is awesome",
    "denoIsAwesome",
    "DenoIsAwesome",
    "deno_is_awesome",
    "deno-is-awesome",
    "DENO_IS_AWESOME",
  ],
  [
    "someVariableName",
    "someVariableName",
    "SomeVariableName",
    "some_variable_name",
    "some-variable-name",
    "SOME_VARIABLE_NAME",
  ],
  [
    "SomeClassName",
    "someClassName",
    "SomeClassName",
    "some_class_name",
    "some-class-name",
    "SOME_CLASS_NAME",
  ],
  [
    "snake_case_name",
    "snakeCaseName",
    "SnakeCaseName",
    "snake_case_name",
    "snake-case-name",
    "SNAKE_CASE_NAME",
  ],
  [
    "kebab-case-name",
    "kebabCaseName",
    "KebabCaseName",
    "kebab_case_name",
    "kebab-case-name",
    "KEBAB_CASE_NAME",
  ],
  [
    "CONSTANT_NAME",
    "constantName",
    "ConstantName",
    "constant_name",
    "constant-name",
    "CONSTANT_NAME",
  ],
  [
    "XMLHttpRequest",
    "xmlHttpRequest",
    "XmlHttpRequest",
    "xml_http_request",
    "xml-http-request",
    "XML_HTTP_REQUEST",
  ],
  [
    "  __leading and trailing--  ",
    "leadingAndTrailing",
    "LeadingAndTrailing",
    "leading_and_trailing",
    "leading-and-trailing",
    "LEADING_AND_TRAILING",
  ],
  [
    "version 2 release",
    "version2Release",
    "Version2Release",
    "version_2_release",
    "version-2-release",
    "VERSION_2_RELEASE",
  ],
  [
    "foo123bar",
    "foo123Bar",
    "Foo123Bar",
    "foo_123_bar",
    "foo-123-bar",
    "FOO_123_BAR",
  ],
  [
    "éclair über",
    "éclairÜber",
    "ÉclairÜber",
    "éclair_über",
    "éclair-über",
    "ÉCLAIR_ÜBER",
  ],
  ["", "", "", "", "", ""],
  ["!!!", "", "", "", "", ""],
];

Deno.test("case conversions", () => {
  for (const [input, camel, pascal, snake, kebab, constant] of CASES) {
    assertEquals(toCamelCase(input), camel, input);
    assertEquals(toPascalCase(input), pascal, input);
    assertEquals(toSnakeCase(input), snake, input);
    assertEquals(toKebabCase(input), kebab, input);
    assertEquals(toConstantCase(input), constant, input);
    assertEquals(unstableToConstantCase(input), constant, input);
  }
});

Deno.test("levenshteinDistance()", () => {
  assertEquals(levenshteinDistance("", ""), 0);
  assertEquals(levenshteinDistance("", "abc"), 3);
  assertEquals(levenshteinDistance("abc", ""), 3);
  assertEquals(levenshteinDistance("kitten", "sitting"), 3);
  assertEquals(levenshteinDistance("flaw", "lawn"), 2);
  assertEquals(levenshteinDistance("saturday", "sunday"), 3);
  assertEquals(levenshteinDistance("same", "same"), 0);
  assertEquals(levenshteinDistance("Hello", "hello"), 1);
  assertEquals(levenshteinDistance("🦕🦖", "🦕"), 1);
});

Deno.test("closestString()", () => {
  const words = ["hi", "hello", "help"];
  assertEquals(closestString("hep", words), "help");
  assertEquals(closestString("HELLO", words), "hello");
  assertEquals(
    closestString("HELP", ["help", "HELP"], { caseSensitive: true }),
    "HELP",
  );
  assertEquals(closestString("a", ["b", "c"]), "b"); // first on a tie
  assertEquals(
    closestString("x", ["aaa", "b"], {
      compareFn: (a, b) => -levenshteinDistance(a, b),
    }),
    "aaa",
  );
  assertThrows(() => closestString("x", []), TypeError);
});

Deno.test("compareSimilarity() and wordSimilaritySort()", () => {
  const words = ["hi", "hello", "help"];
  assertEquals([...words].sort(compareSimilarity("hep")), [
    "help",
    "hi",
    "hello",
  ]);
  assertEquals(wordSimilaritySort("hep", words), ["help", "hi", "hello"]);
  assertEquals(words, ["hi", "hello", "help"]); // not mutated
  assertEquals(
    wordSimilaritySort("TEST", ["test", "TEST", "tESt"], {
      caseSensitive: true,
    }),
    ["TEST", "tESt", "test"],
  );
  assertEquals(wordSimilaritySort("x", []), []);
});
