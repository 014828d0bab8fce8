export declare const queries: import('../suite.js').Suite
