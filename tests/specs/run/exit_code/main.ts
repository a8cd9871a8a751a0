console.log("before");
Deno.exit(3);
console.log("never printed");
