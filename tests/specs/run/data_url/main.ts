import { value } from "data:application/typescript,export const value: number = 40 + 2;";
const js = await import("data:text/javascript;base64," + btoa("export default 'from base64';"));
console.log(value, js.default);
