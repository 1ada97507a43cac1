import type { RuleDef } from '../../types';

/** Every en rule file. A test fails when a file in this folder is missing here. */
export const EN_RULES: readonly RuleDef[] = [];
