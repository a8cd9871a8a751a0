const p = new URLSearchParams("?a=1&b=2&a=3&c&=empty&d=x+y%20z&e=%zz");
console.log(p.size, p.get("a"), p.getAll("a"), p.get("c"), p.get(""), p.get("d"), p.get("e"), p.get("missing"));
console.log(p.toString());
console.log(new URLSearchParams([["x", "1"], ["y", "2"]]).toString(), new URLSearchParams({ k: "v", n: 1 }).toString());
console.log(new URLSearchParams(new Map([["m", "1"]])).toString(), new URLSearchParams(p).size);
console.log(new URLSearchParams(null).toString(), new URLSearchParams(undefined).toString(), new URLSearchParams("").size);
try { new URLSearchParams([["only-one"]]); } catch (e) { console.log(e.constructor.name); }
try { new URLSearchParams([1]); } catch (e) { console.log(e.constructor.name); }
p.set("a", "new");
console.log(p.getAll("a"), p.toString());
p.append("a", "again");
p.delete("a", "again");
console.log(p.has("a"), p.has("a", "new"), p.has("a", "nope"), p.getAll("a"));
const s = new URLSearchParams("z=1&a=2&\u00e9=3&a=1&\u{1f600}=4&\uff41=5");
s.sort();
console.log([...s.keys()].join(" "), [...s.values()].join(" "));
const iter = new URLSearchParams("a=1&b=2");
const seen = [];
for (const [k, v] of iter) {
  seen.push(k + v);
  if (k === "a") iter.append("c", "3");
}
console.log(seen.join(","), [...iter.entries()].length);
iter.forEach(function (value, key, obj) { console.log("forEach", key, value, obj === iter, this.t); }, { t: "this" });
console.log(new URLSearchParams({ "\ud800": "\udc00" }).toString());
console.log(new URLSearchParams("a=b c&d=é&e=*-._~!").toString());
console.log(Object.prototype.toString.call(iter), Object.prototype.toString.call(iter.keys()), typeof iter[Symbol.iterator]);
console.log(iter);
