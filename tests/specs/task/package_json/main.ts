console.log("hello from", Deno.args.join(" ") || "main.ts");
