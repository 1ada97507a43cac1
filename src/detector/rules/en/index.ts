import type { RuleDef } from '../../types';
import { rules as account_control } from './account_control';
import { rules as alone_check } from './alone_check';
import { rules as flattery_trust } from './flattery_trust';
import { rules as gifts_money } from './gifts_money';
import { rules as isolation } from './isolation';
import { rules as location_control } from './location_control';
import { rules as meeting } from './meeting';
import { rules as personal_info } from './personal_info';
import { rules as photo_request } from './photo_request';
import { rules as platform_switch } from './platform_switch';
import { rules as secrecy } from './secrecy';
import { rules as sexual_content } from './sexual_content';
import { rules as threat_sextortion } from './threat_sextortion';

/** Every en rule file. A test fails when a file in this folder is missing here. */
export const EN_RULES: readonly RuleDef[] = [
  ...personal_info,
  ...flattery_trust,
  ...gifts_money,
  ...isolation,
  ...alone_check,
  ...secrecy,
  ...platform_switch,
  ...sexual_content,
  ...photo_request,
  ...meeting,
  ...threat_sextortion,
  ...location_control,
  ...account_control,
];
