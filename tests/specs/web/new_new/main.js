function Outer(tag) {
  console.log("Outer", tag, new.target === Outer);
  return function Inner(arg) {
    console.log("Inner", arg, new.target === Inner);
  };
}
new new Outer(1)(2);
new new Outer(3);
new (new Outer(4))(5);
new Outer(6)(7);
const made = new new Outer(8)(9).constructor;
console.log(made.name);

class C {}
const isConstructor = (f) => {
  try {
    new new Proxy(f, { construct: () => ({}) })();
    return true;
  } catch {
    return false;
  }
};
console.log(isConstructor(C), isConstructor(function () {}), isConstructor(() => {}), isConstructor(Math.max));
const ns = { Box: class { constructor(v) { this.v = v; } } };
console.log(new new Proxy(ns.Box, {})(5).v, new ns.Box(1).v);
