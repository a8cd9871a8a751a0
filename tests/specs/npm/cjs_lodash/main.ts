import _ from "npm:lodash@4";
import { chunk, groupBy } from "npm:lodash@4";
import debounce from "npm:lodash@4/debounce.js";

console.log(chunk([1, 2, 3, 4, 5], 2));
console.log(groupBy(["one", "two", "three"], "length"));
console.log(_.camelCase("hello npm world"), typeof debounce);
