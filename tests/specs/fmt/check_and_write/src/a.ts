const  x = {a:1,
  b: "two"}
export function add(a:number,b:number){return a+b}
