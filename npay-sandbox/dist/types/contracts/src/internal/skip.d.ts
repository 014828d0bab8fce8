/** Thrown by a case (or by what it needs) to end it as skipped, with the reason shown in every report. */
export declare class SkipCase extends Error {
  constructor(reason: string)
}
