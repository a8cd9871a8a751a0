import { customAlphabet, nanoid } from "npm:nanoid@^5.1";

const id = nanoid();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id));
console.log(nanoid(10).length, nanoid() !== nanoid());
console.log(/^[ab]{8}$/.test(customAlphabet("ab", 8)()));
