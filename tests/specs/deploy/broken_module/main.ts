import "./lib.ts";
