export declare const lastChanged: import('../suite.js').Suite
