import { value } from "data:application/typescript,export const value: number = 40 + 2;";
// "export default 'from base64';", base64-encoded.
const js = await import("data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgJ2Zyb20gYmFzZTY0Jzs=");
console.log(value, js.default);
