/** The evaluation harness's shared shapes: every task returns an EvalResult (DESIGN.md, "Evaluation output"). */
export interface EvalOptions {
  /** The data set's directory (e.g. ../shared/data/conll2003). */
  data: string;
  /** Split to score; each task documents its default (usually "test"). */
  split?: string;
  /** Score only the first N documents (quick checks during development; never for reported figures). */
  limit?: number;
}

export interface EvalResult {
  task: string;
  split: string;
  n: number;
  metrics: Record<string, unknown>;
  seconds: number;
}

export interface EvalTask {
  name: string;
  description: string;
  /** Folder name under ../shared/data used when --data is not given. */
  defaultData: string;
  run(options: EvalOptions): Promise<EvalResult>;
  /** A readable table of the result for a person. */
  format(result: EvalResult): string;
}
