import { RULES_BY_LANGUAGE } from '../../src/detector/rules';
import { describeSafePatterns } from './redos';

describeSafePatterns('en', RULES_BY_LANGUAGE.en);
