export declare const limits: import('../suite.js').Suite
