for (const path of ["data/a.txt", "data/b.txt", "secret.txt"]) {
  try {
    console.log(path, Deno.readTextFileSync(path).trim());
  } catch (e) {
    console.log(path, e.name, e.message);
  }
}
