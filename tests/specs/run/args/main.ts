console.log(Deno.args.length);
for (const arg of Deno.args) console.log(arg);
console.log(Object.isFrozen(Deno.args));
