import { html, type Html } from './escape.js';

/**
 * Candidate statuses are free text from the story builder ("frontrunner", "withdrew",
 * "appointed" ...). The badge colour comes from a small closed set of classes chosen by
 * keyword, so article text never reaches a class name; the words themselves are always shown,
 * so colour is never the only signal.
 */
const STATUS_CLASSES: { cls: string; pattern: RegExp; reason: string }[] = [
  { cls: 'won', pattern: /appoint|chosen|elected|named (?:as )?(?:the )?(?:successor|next)|selected|confirmed|successor|designate|agreed|udnævnt|valgt/i, reason: 'the post went to this person' },
  { cls: 'out', pattern: /withdr|ruled|out\b|reject|declin|lost|denied|dropped|trukket|afvist/i, reason: 'no longer in the running' },
  { cls: 'lead', pattern: /front|favou?rite|lead|backed|support|nominat|endorse|favorit/i, reason: 'ahead or backed' },
];

export function statusClass(status: string | null | undefined): string {
  const s = status ?? '';
  return STATUS_CLASSES.find((c) => c.pattern.test(s))?.cls ?? 'run';
}

export function statusBadge(status: string | null | undefined): Html {
  const text = status && status.trim() ? status : 'unknown';
  return html`<span class="status st-${statusClass(status)}">${text}</span>`;
}
