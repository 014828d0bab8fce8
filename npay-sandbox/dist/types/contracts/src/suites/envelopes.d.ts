export declare const envelopes: import('../suite.js').Suite
