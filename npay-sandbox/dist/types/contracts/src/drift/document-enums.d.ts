/**
 * The allowed values at a generic path (`data/lastChangeStatuses/[]/claimStatus`) of an operation's
 * response, or undefined when the field is not an enum.
 * @example documentEnum('getLastChangedStatuses', 200, 'data/lastChangeStatuses/[]/claimStatus') // ['CANCEL_REQUEST', …]
 */
export declare function documentEnum(
  operationId: string,
  status: number,
  path: string,
): readonly string[] | undefined
