let  a=1
