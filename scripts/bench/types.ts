/** The contract every benchmark part follows, so `npm run bench` can run them all and write one report. */

export interface Figure {
  /** What was measured, such as "graph first frame (2,000 nodes)". */
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The target in words, such as "<= 300 ms". */
  readonly target?: string;
  /** Whether the value meets the target; absent when there is none. */
  readonly met?: boolean;
  readonly note?: string;
}

export interface BenchContext {
  /** Corpus sizes to measure besides the real content, from BENCH_SIZES (default "2000"). */
  readonly sizes: readonly number[];
  /** Writes a line of progress to the console. */
  log(message: string): void;
}

export interface BenchPart {
  /** Section heading in the report. */
  readonly title: string;
  run(ctx: BenchContext): Promise<Figure[]>;
}
