addEventListener("error", (e) => console.log("saw", e.error.message, "(not prevented)"));
addEventListener("unload", () => console.log("unload must not run"));
setTimeout(() => { throw new Error("fatal"); }, 1);
