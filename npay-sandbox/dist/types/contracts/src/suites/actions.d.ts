export declare const actions: import('../suite.js').Suite
