try {
  console.log(Deno.readTextFileSync("secret.txt"));
} catch (e) {
  console.log(e.name, e.message);
}
console.log("data/a.txt:", Deno.readTextFileSync("data/a.txt").trim());
