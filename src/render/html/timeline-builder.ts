import type { Evidence } from '../../model.js';
import { timexRange, type DayRange } from './dates.js';

export type ItemKind = 'tenure' | 'extension' | 'candidacy' | 'meeting' | 'deadline' | 'article' | 'event';

export interface TimelineItem {
  lane: number;
  kind: ItemKind;
  /** Day numbers (see dates.ts); a point has from === to unless its date is vague ("2024"). */
  from: number;
  to: number;
  bar: boolean;
  openEnd?: boolean;
  label: string;
  detail: string;
  /** The TIMEX3 value(s) as given, for the list. */
  when: string;
  evidence: Evidence[];
  documents: string[];
}

export interface TimelineModel { lanes: string[]; items: TimelineItem[] }

/** Builds lanes and items in a fixed order so the same corpus gives the same picture. */
export class Builder {
  lanes: string[] = [];
  keys: string[] = [];
  items: TimelineItem[] = [];

  /** A lane by key; candidates get their own key so a person called "Articles" stays apart. */
  lane(key: string, label = key): number {
    const i = this.keys.indexOf(key);
    if (i >= 0) return i;
    this.keys.push(key);
    return this.lanes.push(label) - 1;
  }

  /** Drops lanes that ended up empty (undated facts) and renumbers the rest. */
  compact(): TimelineModel {
    const keep = this.lanes.map((_, i) => this.items.some((it) => it.lane === i));
    const renumber = keep.map((k, i) => keep.slice(0, i).filter(Boolean).length);
    return { lanes: this.lanes.filter((_, i) => keep[i]), items: this.items.map((it) => ({ ...it, lane: renumber[it.lane] })) };
  }

  point(lane: number, kind: ItemKind, value: string | null | undefined, label: string, detail: string, evidence: Evidence[], documents: string[]): boolean {
    const r = timexRange(value);
    if (!r) return false;
    this.items.push({ lane, kind, from: r.start, to: r.end, bar: false, label, detail, when: value ?? '', evidence, documents });
    return true;
  }

  bar(lane: number, kind: ItemKind, a: DayRange | null, b: DayRange | null, when: string, label: string, detail: string, evidence: Evidence[]): void {
    if (!a) return;
    this.items.push({ lane, kind, from: a.start, to: b ? b.end : a.end, bar: true, openEnd: !b, label, detail, when, evidence, documents: [] });
  }
}

