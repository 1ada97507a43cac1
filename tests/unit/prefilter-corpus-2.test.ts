import { corpusPartTest } from './prefilter-oracle';

// The second quarter of tests/corpus/ against the engine without a prefilter (prefilter-corpus-1.test.ts).
corpusPartTest(1);
