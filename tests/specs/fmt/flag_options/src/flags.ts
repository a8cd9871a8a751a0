const greeting = "hello";
export function longer(alpha: string, beta: string) {
  return [alpha, beta, greeting];
}
