import { corpusPartTest } from './prefilter-oracle';

// The prefilter against the engine without it on every text of tests/corpus/ (prefilter-oracle.ts),
// a quarter in each of prefilter-corpus-1 to -4.test.ts, so that the workers share them.
corpusPartTest(0);
