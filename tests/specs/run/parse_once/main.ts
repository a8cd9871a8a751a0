import "./a.ts"; import "./b.ts"; console.log("ran");
