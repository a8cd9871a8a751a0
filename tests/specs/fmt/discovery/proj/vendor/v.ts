let  x=1
