let  fine=1
