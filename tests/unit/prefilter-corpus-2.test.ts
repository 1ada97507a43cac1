import { corpusHalfTest } from './prefilter-oracle';

// The second half of tests/corpus/ against the engine without a prefilter (prefilter-corpus-1.test.ts).
corpusHalfTest(1);
