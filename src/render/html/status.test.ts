import { describe, expect, it } from 'vitest';
import { statusBadge, statusClass } from './status.js';

describe('statusClass', () => {
  it.each([
    ['appointed', 'won'], ['named as successor', 'won'], ['named as a candidate', 'run'], ['udnævnt', 'won'],
    ['withdrew', 'out'], ['ruled out', 'out'], ['declined', 'out'],
    ['frontrunner', 'lead'], ['backed', 'lead'], ['nominated', 'lead'],
    ['candidate', 'run'], ['interested', 'run'], ['', 'run'], [null, 'run'],
  ])('%j -> %s', (status, cls) => {
    expect(statusClass(status)).toBe(cls);
  });

  it('never puts the status text in the class name', () => {
    expect(statusBadge('" onclick="x').value).toBe('<span class="status st-run">&quot; onclick=&quot;x</span>');
  });
});
