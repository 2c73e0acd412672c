import { describe, expect, it } from 'vitest';
import { clipText, esc, html, raw } from './escape.js';

describe('esc', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onmouseover="alert(1)', '&quot; onmouseover=&quot;alert(1)'],
    ["' onfocus='x", '&#39; onfocus=&#39;x'],
    ['</style><style>', '&lt;/style&gt;&lt;style&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&lt;already&gt;', '&amp;lt;already&amp;gt;'],
    ['a\u0000b', 'a\ufffdb'],
    ['\u001b[31mred\u001b[0m', '\u241bred\u241b'],
    ['right\u202eto left', 'right\ufffdto left'],
    ['line\nbreak', 'line break'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['emoji 🇩🇰 stays', 'emoji 🇩🇰 stays'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
  ])('%j -> %j', (input, expected) => {
    expect(esc(input)).toBe(expected);
  });

  it('turns null and undefined into nothing', () => {
    expect(esc(null)).toBe('');
    expect(esc(undefined)).toBe('');
  });
});

describe('html template', () => {
  it('escapes every interpolated value and keeps its own markup', () => {
    const name = '<b onclick="x">Ann</b>';
    expect(html`<p title="${name}">${name}</p>`.value).toBe('<p title="&lt;b onclick=&quot;x&quot;&gt;Ann&lt;/b&gt;">&lt;b onclick=&quot;x&quot;&gt;Ann&lt;/b&gt;</p>');
  });

  it('joins arrays, drops null and false, and trusts only raw()', () => {
    expect(html`${['<a>', raw('<br>')]}${null}${false}${0}`.value).toBe('&lt;a&gt;<br>0');
  });
});

describe('clipText', () => {
  it.each([
    ['short', 10, 'short'],
    ['a longer sentence', 8, 'a longe…'],
    ['🇩🇰🇩🇰🇩🇰', 2, '\ud83c\udde9…'],
  ])('%j at %i -> %j', (input, max, expected) => {
    expect(clipText(input, max)).toBe(expected);
  });
});
