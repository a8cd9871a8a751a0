/** A rectangle. */
export interface Shape {
  w: number;
  h: number;
}
/** Only for hidden API. */
export interface Hidden {
  n: number;
}
