import "http://$SERVER/status/404";
