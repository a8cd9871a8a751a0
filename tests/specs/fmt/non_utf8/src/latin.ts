let  s = "été";
