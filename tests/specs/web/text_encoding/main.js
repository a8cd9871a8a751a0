const enc = new TextEncoder();
console.log(enc.encoding, enc.encode("h\u00e9\u20ac\u{1f600}"), enc.encode(), enc.encode("\ud800x\udc00"));
const dest = new Uint8Array(5);
console.log(enc.encodeInto("a\u20ac\u{1f600}", dest), dest);
console.log(enc.encodeInto("\ud83d", new Uint8Array(8)));
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(" ");
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
console.log(hex(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62, 0xe2, 0x82, 0x63, 0xf0, 0x9f]))));
console.log(hex(new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))));
try { new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0x61, 0xc0])); } catch (e) { console.log(e.constructor.name); }
// streaming: split multi-byte sequences across chunks
const sd = new TextDecoder();
const bytes = enc.encode("a\u20ac\u{1f600}z");
let out = "";
for (const b of bytes) out += sd.decode(new Uint8Array([b]), { stream: true });
out += sd.decode();
console.log(out === "a\u20ac\u{1f600}z", out.length);
const partial = new TextDecoder();
console.log(hex(partial.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + partial.decode()));
console.log(hex(partial.decode(new Uint8Array([0x41]))));
const fatalStream = new TextDecoder("utf-8", { fatal: true });
console.log(fatalStream.decode(new Uint8Array([0xe2]), { stream: true }) === "");
try { fatalStream.decode(); } catch (e) { console.log("flush", e.constructor.name); }
// BOM only stripped at the start of a stream
const bomd = new TextDecoder();
console.log(hex(bomd.decode(new Uint8Array([0xef, 0xbb]), { stream: true }) + bomd.decode(new Uint8Array([0xbf, 0x41, 0xef, 0xbb, 0xbf]))));
// other encodings
const u16 = new TextDecoder("utf-16le");
console.log(u16.encoding, hex(u16.decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8]))));
console.log(new TextDecoder("utf-16be").decode(new Uint8Array([0, 0x48, 0, 0x69])));
const latin = new TextDecoder("latin1");
console.log(latin.encoding, hex(latin.decode(new Uint8Array([0x80, 0xe9, 0x9f]))));
console.log(new TextDecoder(" ascii ").encoding, new TextDecoder("ISO-8859-2").encoding, new TextDecoder("sjis").encoding);
console.log(new TextDecoder("shift_jis").decode(new Uint8Array([0x82, 0xa0])), new TextDecoder("gbk").encoding, new TextDecoder("euc-kr").encoding);
for (const label of ["replacement", "iso-2022-kr", "bogus", "utf-7"]) {
  try { new TextDecoder(label); console.log("ok", label); } catch (e) { console.log(e.constructor.name, label); }
}
// views, DataView, ArrayBuffer, offsets
const buf = enc.encode("xxhelloxx").buffer;
console.log(dec.decode(new Uint8Array(buf, 2, 5)), dec.decode(new DataView(buf, 2, 5)), dec.decode(buf).length);
try { dec.decode("str"); } catch (e) { console.log(e.constructor.name); }
// a megabyte round trip in one call each
const big = "\u00e9".repeat(1 << 19);
const t0 = performance.now();
const bigBytes = enc.encode(big);
const back = dec.decode(bigBytes);
console.log(bigBytes.length, back === big, performance.now() - t0 < 2000);
console.log(Object.prototype.toString.call(enc), typeof TextEncoder.prototype.encode);
