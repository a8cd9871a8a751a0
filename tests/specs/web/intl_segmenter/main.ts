// Intl.Segmenter: graphemes (combining marks, emoji sequences), words (isWordLike, CJK by
// dictionary), sentences, the Segments object's iteration and containing(), and
// resolvedOptions. Expected output: deno 2.9.6 (V8 + ICU) on this file, checked by eye.
const show = (segments: Iterable<Intl.SegmentData>) =>
  console.log(JSON.stringify([...segments].map((s) => "isWordLike" in s ? [s.segment, s.index, s.isWordLike] : [s.segment, s.index])));

show(new Intl.Segmenter("en").segment("e\u0301a👍🏽🇫🇷👨‍👩‍👧"));
show(new Intl.Segmenter("en", { granularity: "word" }).segment("Hello, world! It's 3.14 o'clock."));
show(new Intl.Segmenter("ja", { granularity: "word" }).segment("今日は良い天気です"));
show(new Intl.Segmenter("en", { granularity: "sentence" }).segment("Hi there. How are you? Fine! Mr. Smith said so."));

const segments = new Intl.Segmenter("en", { granularity: "word" }).segment("The quick brown fox");
const hit = segments.containing(5)!;
console.log(hit.segment, hit.index, hit.input, hit.isWordLike);
console.log(segments.containing(-1), segments.containing(19), segments.containing(0)!.segment, segments.containing(3.7)!.segment);
const iterator = segments[Symbol.iterator]();
console.log(JSON.stringify(iterator.next()), Object.prototype.toString.call(iterator));
console.log([...new Intl.Segmenter().segment("")].length, [...new Intl.Segmenter().segment("abc")].length);
console.log(JSON.stringify(new Intl.Segmenter("fr", { granularity: "sentence" }).resolvedOptions()), Object.prototype.toString.call(new Intl.Segmenter()));
console.log([...new Intl.Segmenter("en", { granularity: "word" }).segment("one two  three")].filter((s) => s.isWordLike).length);
try {
  new Intl.Segmenter("en", { granularity: "line" as any });
} catch (e) {
  console.log(e.constructor.name);
}
