const isOn = !!(globalThis as unknown as { on?: boolean }).on;
if (!!isOn) {
  console.log("on");
}
let x = "a" as "a";
export const y = x;
export const z = window.location;
debugger;
