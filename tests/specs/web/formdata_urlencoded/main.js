const type = { "content-type": "application/x-www-form-urlencoded" };
const show = (fd) => JSON.stringify([...fd]);
console.log(show(await new Response("\uFEFFtest=\uFEFF", { headers: type }).formData()));
console.log(show(await new Request("http://x/", { method: "POST", body: "\uFEFFa=1&b=%EF%BB%BFc", headers: type }).formData()));
console.log(show(await new Response("?q=1&r", { headers: type }).formData()));
console.log(show(await new Response("", { headers: type }).formData()));
console.log(show(await new Response("a+b=c%20d&&=e", { headers: type }).formData()));
console.log(show(new URLSearchParams("?q=1")));
