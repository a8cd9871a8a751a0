// The first program: `x run examples/hello.ts`.
interface Greeting {
  who: string;
  when: Date;
}

const greeting: Greeting = { who: Deno.args[0] ?? "world", when: new Date(0) };
console.log(`Hello, ${greeting.who}!`);
