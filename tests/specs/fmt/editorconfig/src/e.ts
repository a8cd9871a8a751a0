export function f(alpha: string, beta: string) {
  return alpha + beta;
}
