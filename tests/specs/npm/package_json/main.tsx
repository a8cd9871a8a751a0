// No node_modules: bare imports resolve through package.json's ranges.
/** @jsxImportSource preact */
import ms from "ms";
import { render } from "preact-render-to-string";

console.log(ms("1h"), render(<b>{ms(1000)}</b>));
