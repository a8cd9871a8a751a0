// deno-lint-ignore-file
var everything: any = 1;
