const platform = navigator.platform;
console.log(typeof platform, Deno.build.os !== "linux" || platform === `Linux ${Deno.build.arch}`);
const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, "platform");
console.log(typeof descriptor.get, descriptor.set, descriptor.enumerable, descriptor.configurable);
try {
  descriptor.get.call({});
} catch (e) {
  console.log(e.name);
}
console.log(navigator.platform === platform);
