import type { RuleDef } from '../../types';
import { rules as alone_check } from './alone_check';
import { rules as flattery_trust } from './flattery_trust';
import { rules as gifts_money } from './gifts_money';
import { rules as isolation } from './isolation';
import { rules as personal_info } from './personal_info';
import { rules as secrecy } from './secrecy';

/** Every en rule file. A test fails when a file in this folder is missing here. */
export const EN_RULES: readonly RuleDef[] = [
  ...personal_info,
  ...flattery_trust,
  ...gifts_money,
  ...isolation,
  ...alone_check,
  ...secrecy,
];
