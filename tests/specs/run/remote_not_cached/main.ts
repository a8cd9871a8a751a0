import "http://$SERVER/lib/suffix.ts";
