export const value = "lazy js";
