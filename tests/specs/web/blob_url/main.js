const url = URL.createObjectURL(new Blob(["blob body"], { type: "text/x-note" }));
console.log(/^blob:null\/[0-9a-f-]{36}$/.test(url));

const response = await fetch(url);
console.log(response.status, response.statusText, response.type, response.url === url);
console.log([...response.headers]);
console.log(await response.text());

console.log(await (await fetch(`${url}#fragment`)).text());
console.log(await (await fetch(new Request(url))).bytes());

const why = (error) => `${error.name}: ${error.message} (${error.cause?.message.replace(url, "URL")})`;
console.log(await fetch(url, { method: "POST", body: "x" }).catch(why));

const file = URL.createObjectURL(new File(["abc"], "a.txt"));
console.log(await (await fetch(file)).text(), file !== url);

// Revoking serializes the whole URL: one with a fragment names no entry, so nothing goes.
URL.revokeObjectURL(`${url}#with-a-fragment`);
console.log(await (await fetch(url)).text());
// A Request resolves its blob URL when it is made: revoking afterwards does not stop it.
const early = new Request(url);
URL.revokeObjectURL(url);
console.log(await fetch(url).catch(why));
console.log(await (await fetch(early)).text(), await (await fetch(early.clone())).text());
console.log(await fetch(new Request(url)).catch(why));
console.log(await (await fetch(file)).text());

URL.revokeObjectURL("not a URL");
URL.revokeObjectURL("https://example.com/");
try {
  URL.createObjectURL("text");
} catch (error) {
  console.log(error.name, error.message);
}
const descriptor = Object.getOwnPropertyDescriptor(URL, "createObjectURL");
console.log(typeof descriptor.value, descriptor.enumerable, descriptor.writable, descriptor.configurable);
