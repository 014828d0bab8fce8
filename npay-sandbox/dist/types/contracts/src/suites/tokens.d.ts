export declare const tokens: import('../suite.js').Suite
