import _ from "npm:lodash@4";
import debounce from "npm:lodash@4/debounce.js";
import chunk from "npm:lodash@4/chunk";

console.log(_.chunk([1, 2, 3, 4, 5], 2), chunk([1, 2], 1));
console.log(_.groupBy(["one", "two", "three"], "length"));
console.log(_.camelCase("hello npm world"), typeof debounce);
