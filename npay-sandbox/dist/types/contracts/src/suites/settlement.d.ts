export declare const settlement: import('../suite.js').Suite
