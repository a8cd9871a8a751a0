console.log("failing"); Deno.exit(5);
