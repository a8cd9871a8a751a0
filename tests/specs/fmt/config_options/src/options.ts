const greeting = "hello";
const o = { a: 1, "b-c": 2 };
export function longer(alpha: string, beta: string, gamma: string) {
  return [alpha, beta, gamma, greeting, o];
}
