import { addDays, differenceInCalendarDays, format } from "npm:date-fns@4";
import { isWeekend } from "npm:date-fns@4.4/isWeekend";

const start = new Date(2024, 0, 30);
console.log(format(addDays(start, 3), "yyyy-MM-dd EEEE"));
console.log(differenceInCalendarDays(new Date(2024, 2, 1), start));
console.log(isWeekend(new Date(2024, 1, 3)));
