const p = new URLPattern({ pathname: "/books/:id(\\d+)" });
console.log(p.protocol, p.hostname, p.pathname, p.hasRegExpGroups);
console.log(p.test("https://example.com/books/123"), p.test("https://example.com/books/abc"));
const r = p.exec("https://example.com/books/42?x=1");
console.log(r.pathname.input, JSON.stringify(r.pathname.groups), r.search.input, JSON.stringify(r.inputs));
const q = new URLPattern("https://:sub.example.com/*/:name{.:ext}?");
console.log(q.hostname, q.pathname);
const m = q.exec("https://api.example.com/a/b/file.txt");
console.log(JSON.stringify(m.hostname.groups), JSON.stringify(m.pathname.groups));
console.log(JSON.stringify(q.exec("https://api.example.com/a/file").pathname.groups));
const rel = new URLPattern("/users/:user", "https://example.com");
console.log(rel.test("https://example.com/users/ann"), rel.test("/users/ann", "https://example.com"), rel.test("https://other.com/users/ann"));
const ci = new URLPattern({ pathname: "/CASE" }, { ignoreCase: true });
console.log(ci.test({ pathname: "/case" }), new URLPattern({ pathname: "/CASE" }).test({ pathname: "/case" }));
console.log(new URLPattern().test("anything://x"), new URLPattern({ hostname: "{*.}?example.com" }).test({ hostname: "a.b.example.com" }));
console.log(p.exec("not a url"), p.test({ pathname: "/books/7" }));
try { new URLPattern({ pathname: "/:id(" }); } catch (e) { console.log(e.constructor.name); }
try { new URLPattern({ pathname: "/a" }, "https://base"); } catch (e) { console.log(e.constructor.name); }
console.log(Object.prototype.toString.call(p), typeof URLPattern.prototype.exec);
