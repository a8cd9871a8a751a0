/**
 * Internal: splits text into words for the case-conversion functions.
 *
 * @module
 */

// A word is, in order of preference: a capitalized word ("Apple"), an
// acronym not followed by a lowercase letter ("HTML" in "HTMLElement"), a
// lowercase word, any other run of letters, or a run of digits.
const WORD = new RegExp(
  [
    "\\p{Lu}[\\p{Ll}\\p{M}]+",
    "\\p{Lu}+(?![\\p{Ll}])",
    "\\p{Lu}+(?=\\p{Lu}[\\p{Ll}])",
    "[\\p{Ll}\\p{M}]+",
    "[\\p{L}\\p{M}]+",
    "\\p{N}+",
  ].join("|"),
  "gu",
);

/** Splits text into its words: by separators, case changes and digits. */
export function splitToWords(input: string): string[] {
  return input.match(WORD) ?? [];
}

/** Upper-cases the first character and lower-cases the rest. */
export function capitalizeWord(word: string): string {
  if (word === "") return word;
  const [first = "", ...rest] = [...word];
  return first.toLocaleUpperCase() + rest.join("").toLocaleLowerCase();
}
