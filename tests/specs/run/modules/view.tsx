// A classic-runtime JSX file with its own tiny factory.
function h(tag: string, _props: unknown, ...children: string[]): string {
  return `<${tag}>${children.join("")}</${tag}>`;
}
/** @jsx h */
export function render(): string {
  return <p>jsx works</p>;
}
