/** @jsxImportSource npm:preact@10 */
import { h } from "npm:preact@10";
import { render } from "npm:preact-render-to-string@6";

function List({ items }: { items: string[] }) {
  return h("ul", { class: "list" }, items.map((i) => h("li", null, i)));
}
console.log(render(h(List, { items: ["a", "<b>"] })));
console.log(render(<p id="x">hello {1 + 1}</p>));
