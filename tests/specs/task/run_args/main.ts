console.log("args:", JSON.stringify(Deno.args));
