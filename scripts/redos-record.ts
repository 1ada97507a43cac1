/**
 * `npm run redos:record`: writes tests/unit/redos-verdicts.json, the repository's log of patterns
 * the ReDoS check has proved safe (tests/unit/redos-log.ts), from this machine's verdicts. Run
 * `npx vitest run tests/unit/redos-nl.test.ts tests/unit/redos-en.test.ts` first; patterns not
 * proved yet are listed and left out, so CI will prove them.
 */
import { writeFileSync } from 'node:fs';
import { ALL_RULES } from '../src/detector/rules';
import { cacheFileOf, cacheKey, readVerdicts, VERDICT_LOG } from '../tests/unit/redos-log';

const proved = new Set([...readVerdicts(VERDICT_LOG), ...readVerdicts(cacheFileOf('nl')), ...readVerdicts(cacheFileOf('en'))]);
const keys = new Set<string>();
const missing: string[] = [];
for (const rule of ALL_RULES) {
  for (const p of [...rule.patterns, ...(rule.unless ?? [])]) {
    const key = cacheKey(p);
    if (proved.has(key)) keys.add(key);
    else missing.push(`${rule.id} ${p}`);
  }
}
writeFileSync(VERDICT_LOG, `${JSON.stringify([...keys].sort(), null, 0)}\n`);
console.log(`${VERDICT_LOG}: ${keys.size} patterns proved safe`);
if (missing.length > 0) console.log(`not proved yet (left to the ReDoS test):\n  ${missing.join('\n  ')}`);
