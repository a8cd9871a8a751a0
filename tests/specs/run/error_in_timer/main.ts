const delay: number = 1;
setTimeout(() => {
  throw new TypeError("late");
}, delay);
