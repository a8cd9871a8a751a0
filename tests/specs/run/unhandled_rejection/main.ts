console.log("start");
Promise.reject(new Error("nobody caught me"));
