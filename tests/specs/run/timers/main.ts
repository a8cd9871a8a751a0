const order: string[] = [];
setTimeout(() => order.push("t20"), 20);
setTimeout((a: string, b: string) => order.push(`t0 ${a}${b}`), 0, "x", "y");
const cancelled = setTimeout(() => order.push("cancelled"), 5);
clearTimeout(cancelled);
queueMicrotask(() => order.push("microtask"));
let ticks = 0;
const interval = setInterval(() => {
  ticks++;
  if (ticks === 3) {
    clearInterval(interval);
    order.push("interval x3");
  }
}, 1);
console.log(typeof cancelled, cancelled > 0);
setTimeout(() => console.log(order.join(", ")), 60);
// An unref'd timer does not keep the program alive.
const idle = setTimeout(() => console.log("never"), 100000);
Deno.unrefTimer(idle);
