const cases = [
  ["http://example.com"], ["HTTP://EXAMPLE.COM:80/a/./b/../c?x#y"], ["https://user:p%40ss@h.com:8443/p"],
  ["  http://a.com/  \n"], ["http://a.com\\b\\c"], ["http://0x7f.1/"], ["http://192.168.0.257/"], ["http://[::1]:8080/"],
  ["http://[1:0::]/"], ["http://münchen.de/ü?ü#ü"], ["http://xn--mnchen-3ya.de/"], ["file:///C:/x/../y"], ["file://host/share"],
  ["mailto:a@b.c"], ["data:text/plain,hi there"], ["javascript:alert(1)"], ["blob:https://a.com/uuid"], ["blob:ftp://a/b"],
  ["ws://a.com:80/"], ["wss://a.com:443/"], ["non-special://h:1/p"], ["sc:\\../"], ["http://a.com:65536/"], ["http://a b.com/"],
  ["//x/y", "https://base/"], ["?q", "http://h/p/f?old#frag"], ["#h", "http://h/p"], ["../../x", "http://h/a/b/c"],
  ["", "http://h/p?q#f"], ["x", "mailto:a@b"], ["http:", "http://h/p"], ["a:b"], ["a"], ["http://%41.com/"],
  ["http://a.com/%zz?%zz#%zz"], ["http://h/\u{1f600}"], ["http://h/?a=\u00e9&b=\ud800"], ["https://h/p?q= #f "],
  ["http://1.2.3.4.5/"], ["http://[::ffff:1.2.3.4]/"], ["foo://"], ["http:/\\/h/p"],
];
for (const [input, base] of cases) {
  const u = URL.parse(input, base);
  if (u === null) {
    console.log(JSON.stringify(input), "=> invalid", URL.canParse(input, base));
    try { new URL(input, base); } catch (e) { console.log("  ", e.constructor.name); }
    continue;
  }
  console.log(JSON.stringify(input), "=>", u.href);
  console.log("  ", [u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin].map((x) => JSON.stringify(x)).join(" "));
}
const u = new URL("http://a.com/p");
console.log(JSON.stringify({ u }), String(u), u.toJSON() === u.href, u instanceof URL, Object.prototype.toString.call(u));
try { new URL(); } catch (e) { console.log(e.constructor.name); }
try { new URL("/rel"); } catch (e) { console.log(e.constructor.name); }
console.log(URL.canParse("/rel", "http://h"), URL.parse("/rel", "bad") === null);
try { Object.getOwnPropertyDescriptor(URL.prototype, "href").get.call({}); } catch (e) { console.log(e.constructor.name); }
