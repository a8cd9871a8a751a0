// The first use of an API whose runtime module is loaded on demand (here the
// compression streams) runs none of the program's pending promise reactions: they run
// when the code that used it is done, as they would if the module had been loaded
// already. (deno_core drains the microtask queue after evaluating a lazily loaded
// module; outside a module's top-level code that ran them in the middle.)
setTimeout(() => {
  const order = [];
  Promise.resolve().then(() => {
    order.push("reaction");
    console.log(order.join(", "));
  });
  new CompressionStream("gzip");
  order.push("after first use");
  new DecompressionStream("gzip");
  order.push("after second use");
}, 0);
