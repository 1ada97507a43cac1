import type { Language, RuleDef } from '../types';
import { EN_RULES } from './en';
import { NL_RULES } from './nl';

/** Rules per language. Adding a language is adding its folder and one line here. */
export const RULES_BY_LANGUAGE: Record<Language, readonly RuleDef[]> = {
  nl: NL_RULES,
  en: EN_RULES,
};

export const ALL_RULES: readonly RuleDef[] = Object.values(RULES_BY_LANGUAGE).flat();
