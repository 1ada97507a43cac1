import { corpusHalfTest } from './prefilter-oracle';

// The prefilter against the engine without it on every text of tests/corpus/ (prefilter-oracle.ts),
// the first half here and the second in prefilter-corpus-2.test.ts, so two workers share them.
corpusHalfTest(0);
