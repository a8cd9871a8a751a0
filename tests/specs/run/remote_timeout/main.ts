import "http://$SERVER/hang.ts";
