Deno.readTextFileSync("secret.txt");
