import "std:nope";
