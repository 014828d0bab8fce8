export declare const exchanges: import('../suite.js').Suite
