// TextEncoder.encode writes the UTF-8 straight from the engine's string: one-byte
// (Latin-1) and two-byte strings, concatenations, lone surrogates anywhere (U+FFFD, the
// USVString conversion), and inputs that are not strings; encodeInto likewise; and
// TextDecoder making strings from UTF-16 or, for ASCII, from the bytes as they are.
const enc = new TextEncoder();
const bytes = (s) => Array.from(enc.encode(s)).join(" ");
console.log(bytes("plain ascii"));
console.log(bytes("caf\u00e9 \u00ff\u0080"));
console.log(bytes("\u20ac\u07ff\u0800\uffff"));
console.log(bytes("\u{1f600}\u{10ffff}"));
console.log(bytes("\ud800"), "|", bytes("\udc00"), "|", bytes("a\ud800"), "|", bytes("\udc00\ud800"));
console.log(bytes("\ud83d\ud83d\ude00"), "|", bytes("\ud83dx\ude00y"));
console.log(bytes(""), enc.encode("").length, enc.encode().length);
console.log(bytes(123), bytes(null), bytes(undefined), bytes({ toString: () => "obj" }), bytes(true));
try {
  enc.encode(Symbol("s"));
} catch (e) {
  console.log(e.constructor.name);
}
let rope = "";
for (let i = 0; i < 100; i++) rope += "ab\u00e9";
const ropeBytes = enc.encode(rope);
console.log(ropeBytes.length, ropeBytes[2], ropeBytes[3], new TextDecoder().decode(ropeBytes) === rope);
const wide = "\u4e2d".repeat(1000) + "\ud800";
const wideBytes = enc.encode(wide);
console.log(wideBytes.length, wideBytes.slice(-3).join(" "));
// a fresh, unshared buffer each time, of exactly the right size
const a = enc.encode("same");
const b = enc.encode("same");
a[0] = 0;
console.log(a.buffer !== b.buffer, b[0], a.byteOffset, a.buffer.byteLength, a instanceof Uint8Array, a.buffer.resizable);
const big = "x".repeat(1 << 20);
console.log(enc.encode(big).length, enc.encode(big + "\u00e9").length);
// encodeInto: whole characters only, code units read counted in UTF-16
const into = (s, n) => {
  const dest = new Uint8Array(n);
  const { read, written } = enc.encodeInto(s, dest);
  return `${read}/${written}:${Array.from(dest.subarray(0, written)).join(" ")}`;
};
console.log(into("abc", 2), into("\u00e9\u00e9", 3), into("\u20ac", 2), into("a\u{1f600}b", 5), into("a\u{1f600}b", 6));
console.log(into("\ud800x", 4), into("x\udc00", 3), into("\ud83d\ude00", 3), into("", 4), into("abc", 0));
console.log(into(42, 4), into("\u4e2d".repeat(10), 10));
const shared = new Uint8Array(new SharedArrayBuffer(4));
console.log(JSON.stringify(enc.encodeInto("hi", shared)), shared[1]);
const offsetView = new Uint8Array(new ArrayBuffer(8), 4, 2);
console.log(JSON.stringify(enc.encodeInto("xyz", offsetView)), new Uint8Array(offsetView.buffer).join(""));
// TextDecoder: ASCII, Latin-1 and wider text, replacements, BOMs, other encodings
const dec = new TextDecoder();
const codes = (s) => Array.from(s, (ch) => ch.codePointAt(0).toString(16)).join(" ");
console.log(dec.decode(enc.encode("plain ascii")), codes(dec.decode(new Uint8Array([0x63, 0xc3, 0xa9, 0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0x98, 0x80]))));
console.log(codes(dec.decode(new Uint8Array([0x61, 0xff, 0xe2, 0x82, 0x62, 0xed, 0xa0, 0x80, 0xc0, 0xaf]))));
console.log(codes(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))), codes(new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log(dec.decode(new Uint8Array(0)) === "", dec.decode(enc.encode(big)) === big, dec.decode(enc.encode(wide)).length);
console.log(codes(new TextDecoder("windows-1252").decode(new Uint8Array([0x41, 0x80, 0xe9]))), new TextDecoder("utf-16le").decode(new Uint8Array([0x68, 0, 0x69, 0])));
const streamed = new TextDecoder();
console.log(codes(streamed.decode(new Uint8Array([0x41, 0xe4, 0xb8]), { stream: true }) + streamed.decode(new Uint8Array([0xad, 0x42]))));
