export declare const returns: import('../suite.js').Suite
