Deno.serve({ port: 0, hostname: "127.0.0.1" }, () => new Response("no"));
