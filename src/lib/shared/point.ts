/** A point in a plane: layout positions, screen directions and JSON coordinates alike. */
export interface Point {
  readonly x: number;
  readonly y: number;
}
