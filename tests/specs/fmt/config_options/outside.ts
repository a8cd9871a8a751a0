const a = "outside the include list"
