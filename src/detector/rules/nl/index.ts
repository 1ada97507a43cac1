import type { RuleDef } from '../../types';
import { rules as alone_check } from './alone_check';

/** Every nl rule file. A test fails when a file in this folder is missing here. */
export const NL_RULES: readonly RuleDef[] = [...alone_check];
