import type { Category } from '../detector/types';
import { StatsSchema, type Stats } from './schema';

/** ISO 8601 week of a moment in local time, e.g. "2026-W48". Pure: the clock is an argument. */
export function isoWeek(now: number): string {
  const local = new Date(now);
  const date = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** This week's counts; anything invalid or from another week reads as an empty week. */
export function currentStats(raw: unknown, now: number): Stats {
  const week = isoWeek(now);
  const parsed = StatsSchema.safeParse(raw);
  if (!parsed.success || parsed.data.week !== week) return { week, counts: {} };
  return parsed.data;
}

export function countNudge(stats: Stats, category: Category): Stats {
  return { week: stats.week, counts: { ...stats.counts, [category]: (stats.counts[category] ?? 0) + 1 } };
}

export function totalNudges(stats: Stats): number {
  return Object.values(stats.counts).reduce((sum, n) => sum + (n ?? 0), 0);
}
