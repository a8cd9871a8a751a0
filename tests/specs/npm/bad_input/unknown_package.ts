import x from "npm:does-not-exist-x@1";
console.log(x);
