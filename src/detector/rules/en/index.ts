import type { RuleDef } from '../../types';
import { rules as flattery_trust } from './flattery_trust';
import { rules as gifts_money } from './gifts_money';
import { rules as personal_info } from './personal_info';

/** Every en rule file. A test fails when a file in this folder is missing here. */
export const EN_RULES: readonly RuleDef[] = [...personal_info, ...flattery_trust, ...gifts_money];
