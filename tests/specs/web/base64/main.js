console.log(btoa(""), btoa("a"), btoa("ab"), btoa("abc"), btoa("\u00ff\u00fe"));
console.log(atob("YWJj"), atob(" Y W\nJ j "), atob("YQ"), atob("YR=="), JSON.stringify(atob("")));
for (const bad of ["YQ=", "Y", "YQ===", "Y=Q=", "ab-_", "\u00e9"]) {
  try { atob(bad); console.log("accepted", bad); } catch (e) { console.log(e.name, e.code, e instanceof DOMException); }
}
try { btoa("\u0100"); } catch (e) { console.log(e.name); }
console.log(atob(null) === atob("null"), btoa(undefined) === btoa("undefined"));
try { atob(); } catch (e) { console.log(e.constructor.name); }
const all = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join("");
console.log(atob(btoa(all)) === all);
