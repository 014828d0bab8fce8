export declare const cancels: import('../suite.js').Suite
