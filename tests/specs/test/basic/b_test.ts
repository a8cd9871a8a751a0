console.log("hello from b");
Deno.test(function named(t) { console.log("in", t.name); });
