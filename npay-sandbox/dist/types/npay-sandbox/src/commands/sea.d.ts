/**
 * @example if (isSea()) console.log('running as the single executable')
 */
export declare function isSea(): boolean
