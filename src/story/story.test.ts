import { describe, expect, it } from 'vitest';
import { syntheticDocument } from '../extract/events/synthetic.js';
import { buildStories } from './index.js';

// A central bank: the governor's term is extended, then a successor is appointed.
const bank = [
  syntheticDocument('bank-1.txt', 'Governor Anna Berg has led the Bank of England since 2016. She succeeded Ian Moss as governor. Her term, which was due to end in June 2023, was extended until June 2024 because of the banking turmoil.',
    { date: '2023-03-01', dates: [['2016', '2016'], ['June 2023', '2023-06'], ['June 2024', '2024-06']] }),
  syntheticDocument('bank-2.txt', 'Deputy Governor Tom Hale and Chief Economist Eva Holm are seen as the leading contenders to succeed Anna Berg as governor of the Bank of England. Tom Hale has expressed interest in the job. Eva Holm said she was not seeking the post.',
    { date: '2024-01-15' }),
  syntheticDocument('bank-3.txt', 'The government has appointed Tom Hale as the next governor of the Bank of England. He will succeed Anna Berg, who has led the bank since 2016, when her term ends in June.',
    { date: '2024-04-10', dates: [['2016', '2016'], ['June', '2024-06']] }),
];

// A party leadership race: the leader steps down, a minister runs, MPs back her, she is elected.
const party = [
  syntheticDocument('party-1.txt', 'Carl Olsen, who has led the Labour Party since 2015, will step down as leader of the Labour Party in September. Finance Minister Maria Lind has emerged as the frontrunner to succeed him. More than 100 MPs support Maria Lind’s candidacy.',
    { date: '2024-06-01', dates: [['2015', '2015'], ['September', '2024-09']] }),
  syntheticDocument('party-2.txt', 'Maria Lind was elected leader of the Labour Party on Saturday. Carl Olsen has led the party since 2016.',
    { date: '2024-09-22', dates: [['Saturday', '2024-09-21'], ['2016', '2016']] }),
];

describe('a central bank governor (generality)', () => {
  const [story] = buildStories(bank);
  it('finds the post and organisation in the text', () => {
    expect(story.organization).toBe('Bank of England');
    expect(story.position).toBe('Governor');
  });
  it('tells the incumbent, the extension and the successor', () => {
    expect(story.incumbent).toMatchObject({ name: 'Anna Berg', since: '2016', termEnd: '2024-06' });
    expect(story.extensions).toContainEqual(expect.objectContaining({ end: '2024-06', reason: 'the banking turmoil', documents: ['bank-1.txt'] }));
    expect(story.successor).toMatchObject({ name: 'Tom Hale', status: 'appointed' });
    expect(story.holders.map((h) => [h.name, h.from, h.to])).toEqual([['Ian Moss', null, '2016'], ['Anna Berg', '2016', null]]);
  });
  it('lists the candidates with their status and role then', () => {
    const byName = Object.fromEntries(story.candidates.map((c) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual(['Eva Holm', 'Tom Hale']);
    expect(byName['Tom Hale']).toMatchObject({ status: 'appointed', role: 'Deputy Governor' });
    expect(byName['Eva Holm'].status).toBe('withdrew');
  });
  it('orders the timeline by date with documents', () => {
    const dates = story.timeline.map((t) => t.date);
    expect([...dates].sort()).toEqual(dates);
    expect(story.timeline[0]).toMatchObject({ date: '2016', documents: ['bank-1.txt', 'bank-3.txt'] });
  });
});

describe('a party leadership race', () => {
  const [story] = buildStories(party);
  it('finds the party and the post', () => {
    expect(story.organization).toBe('Labour Party');
    expect(story.position).toBe('Leader');
  });
  it('tells the backers and the elected successor', () => {
    const lind = story.candidates.find((c) => c.name === 'Maria Lind');
    expect(lind?.backers).toEqual(['More than 100 MPs']);
    expect(lind?.role).toBe('Finance Minister');
    expect(story.successor).toMatchObject({ name: 'Maria Lind', status: 'appointed' });
  });
  it('keeps both claims where documents disagree', () => {
    const since = story.disagreements.find((d) => d.about.includes('since'));
    expect(since?.claims.map((c) => [c.value, c.documents])).toEqual([['2015', ['party-1.txt']], ['2016', ['party-2.txt']]]);
  });
});

describe('several stories in one corpus', () => {
  it('tells them apart by organisation and post, most evidence first', () => {
    const stories = buildStories([...party, ...bank]);
    expect(stories.map((s) => `${s.organization}/${s.position}`).sort()).toEqual(['Bank of England/Governor', 'Labour Party/Leader']);
    expect(stories[0].evidenceCount).toBeGreaterThanOrEqual(stories[1].evidenceCount);
    expect(stories.find((s) => s.organization === 'Labour Party')?.candidates.map((c) => c.name)).not.toContain('Tom Hale');
  });
  it('gives the same stories whatever the input order (merged NDJSON)', () => {
    expect(buildStories([...bank].reverse())).toEqual(buildStories(bank));
  });
  it('joins a story of the organisation\'s generic "head" to the one of its named post about the same people', () => {
    const wto = [
      syntheticDocument('wto-1.txt', 'Director-General Tom Hale of the World Trade Organization said he would leave the post on Aug. 31. Anna Berg is seen as a front-runner to succeed him as director-general.',
        { date: '2020-05-14', dates: [['Aug. 31', '2020-08-31']] }),
      syntheticDocument('wto-2.txt', 'U.S. blocks Anna Berg as WTO head\n\nThe European Union, Japan and China all support Anna Berg, according to two trade sources.',
        { date: '2020-10-28' }),
    ];
    const stories = buildStories(wto);
    expect(stories.map((s) => `${s.organization}/${s.position}`)).toEqual(['WTO/Director General']);
    expect(stories[0].candidates.find((c) => c.name === 'Anna Berg')?.opponents).toContain('United States');
  });
  it('keeps a national post with its country: neither a union in the sentence nor "would chair" makes another story', () => {
    const uk = [
      syntheticDocument('uk-1.txt', 'Anna Berg will become Britain\'s prime minister on Wednesday. Tom Hale, who announced his resignation after Britain voted to leave the EU, said he would chair his last cabinet meeting on Tuesday.', { date: '2016-07-11' }),
    ];
    expect(buildStories(uk).map((s) => `${s.organization}/${s.position}`)).toEqual(['United Kingdom/Prime Minister']);
  });
  it('gives another organisation\'s statement no post of the document\'s ("..., der overtager posten som chef for Den Europæiske Centralbank")', () => {
    const imf = [syntheticDocument('imf.txt', 'Anna Berg er blevet udpeget som ny administrerende direktør for IMF. Hun afløser Eva Holm, der i november overtager posten som chef for Den Europæiske Centralbank.', { language: 'da', date: '2019-09-26' })];
    const ecb = buildStories(imf).find((s) => s.organization === 'European Central Bank');
    expect(ecb?.position ?? null).not.toBe('Chief Executive');
  });
  it('finds no story where there is no succession', () => {
    expect(buildStories([syntheticDocument('w.txt', 'Exports grew by three percent.', { date: '2024-01-01' })])).toEqual([]);
  });
});

// Danish: a central bank governor's term runs out and a deputy is appointed.
const nationalbank = [
  syntheticDocument('da-1.txt', 'Nationalbankdirektør Lars Hansen har været chef for Danmarks Nationalbank siden 2019. Hans periode udløber i marts 2025. Ifølge avisen er vicedirektør Eva Holm favorit til posten.',
    { language: 'da', date: '2024-10-01', dates: [['2019', '2019'], ['marts 2025', '2025-03']] }),
  syntheticDocument('da-2.txt', 'Regeringen har udnævnt Eva Holm til ny nationalbankdirektør. Hun skal efterfølge Lars Hansen, der går af den 1. marts.',
    { language: 'da', date: '2024-12-15', dates: [['den 1. marts', '2025-03-01']] }),
];

describe('a Danish central bank and a company chief executive', () => {
  it('tells the Danish succession', () => {
    const [story] = buildStories(nationalbank);
    expect(story).toMatchObject({ organization: 'Danmarks Nationalbank', position: 'Governor' });
    expect(story.incumbent).toMatchObject({ name: 'Lars Hansen', since: '2019', termEnd: '2025-03-01' });
    expect(story.successor).toMatchObject({ name: 'Eva Holm', status: 'appointed' });
    expect(story.candidates).toEqual([expect.objectContaining({ name: 'Eva Holm', role: 'vicedirektør' })]);
  });
  it('tells a chief executive named as successor in one article', () => {
    const [story] = buildStories([syntheticDocument('ceo.txt', 'Acme Group said on Tuesday that chief executive John Miller will step down at the end of the year. The board has named finance chief Sara Lee as his successor.',
      { date: '2024-05-07', dates: [['Tuesday', '2024-05-07'], ['the end of the year', '2024-12']] })]);
    expect(story).toMatchObject({ organization: 'Acme Group', position: 'Chief Executive' });
    expect(story.incumbent).toMatchObject({ name: 'John Miller', termEnd: '2024-12' });
    expect(story.successor).toMatchObject({ name: 'Sara Lee' });
  });
  it('takes the post of the lead with its organisation, not a title shared by two other organisations', () => {
    const stories = buildStories([syntheticDocument('fund.txt', 'The International Monetary Fund on Wednesday selected Anna Berg, the chief executive of the World Bank, as its next managing director, after Eva Holm was nominated to run the European Central Bank. Eva Holm will succeed Tom Hale as president of the European Central Bank. Carl Olsen stepped down as president of the World Bank in January. Anna Berg was the only candidate.',
      { date: '2019-09-25', dates: [['Wednesday', '2019-09-25'], ['January', '2019-01']] })]);
    const fund = stories.find((s) => s.organization === 'IMF');
    expect(fund).toMatchObject({ position: 'Managing Director', successor: { name: 'Anna Berg' } });
    expect(fund?.candidates.map((c) => c.name)).toEqual(['Anna Berg']);
    expect(stories.find((s) => s.organization === 'European Central Bank')?.successor).toMatchObject({ name: 'Eva Holm' });
  });
  it('gives a government office the country the document names before that office when no statement names one', () => {
    const [story] = buildStories([syntheticDocument('pm.txt', 'Tom Hale, Japan\'s chief cabinet secretary, is on course to succeed Carl Olsen as prime minister. Carl Olsen announced on Friday that he would resign. Only days earlier he had become Japan\'s longest-serving prime minister. France\'s economy has slowed.',
      { date: '2020-09-14', dates: [['Friday', '2020-09-11']] })]);
    expect(story).toMatchObject({ organization: 'Japan', position: 'Prime Minister' });
  });
  it('takes the post the lead names when the lead\'s statements name none ("har fundet en ny administrerende direktør")', () => {
    const stories = buildStories([syntheticDocument('bank.txt', 'Danske Bank har fundet en ny administrerende direktør. Lars Hansen overtager topposten den 1. juni, oplyser banken.\n\nLars Hansen afløser Eva Holm, der har været konstitueret administrerende direktør siden oktober. Den tidligere formand Ole Berg valgte at stoppe, og Per Moss blev valgt som formand på generalforsamlingen i marts. Per Moss er tidligere formand for DI.',
      { date: '2019-05-10', language: 'da', dates: [['1. juni', '2019-06-01'], ['oktober', '2018-10'], ['marts', '2019-03']] })]);
    const ceo = stories.find((s) => s.position === 'Chief Executive');
    expect(ceo).toMatchObject({ successor: { name: 'Lars Hansen' } });
    expect(stories.find((s) => s.position === 'Chair')?.candidates.map((c) => c.name)).not.toContain('Lars Hansen');
  });
  it('names the permanent successor, not the stand-in appointed first', () => {
    const [story] = buildStories([syntheticDocument('ceo3.txt', 'Acme Foods Corp said on Monday that chief executive John Miller had resigned. The board appointed finance chief Sara Lee as interim chief executive. Tom Hale will take over as chief executive in March.',
      { date: '2024-08-13', dates: [['Monday', '2024-08-12'], ['March', '2025-03']] })]);
    expect(story).toMatchObject({ organization: 'Acme Foods', position: 'Chief Executive' });
    expect(story.successor).toMatchObject({ name: 'Tom Hale' });
  });
  it('takes the post of the pair the company\'s story is about ("take over as chairman and CEO")', () => {
    const [story] = buildStories([syntheticDocument('ceo2.txt', 'Acme Foods Corp said on Tuesday that Chief Executive John Miller was stepping down and that Tom Hale, the chief executive of Zentrolux Mexican Grill, would take over as chairman and CEO of the company next month. Tom Hale has led Zentrolux since 2018.',
      { date: '2024-08-13', dates: [['Tuesday', '2024-08-13'], ['2018', '2018']] })]);
    expect(story).toMatchObject({ organization: 'Acme Foods', position: 'Chief Executive' });
    expect(story.incumbent).toMatchObject({ name: 'John Miller' });
    expect(story.successor).toMatchObject({ name: 'Tom Hale' });
  });
});

// A Danish central bank: two names for one post, a term extended, a predecessor named in the past.
describe('a Danish central bank (one post under two names)', () => {
  const [story, ...rest] = buildStories([
    syntheticDocument('nb.txt', 'Regeringen har besluttet at forlænge nationalbankdirektør Lars Holmgaard ansættelse med tre år, så han bliver på posten frem til 2028. Lars Holmgaard har været direktør i Danmarks Nationalbank siden 2022, da han afløste Eva Brink.',
      { date: '2024-11-05', language: 'da', dates: [['2028', '2028'], ['2022', '2022']] }),
  ]);
  it('is one story with the extension and the predecessor', () => {
    expect(rest).toEqual([]);
    expect(story.incumbent).toMatchObject({ name: 'Lars Holmgaard', since: '2022', termEnd: '2028' });
    expect(story.holders.map((h) => [h.name, h.to])).toContainEqual(['Eva Brink', '2022']);
  });
});

describe('hedges the sentence puts to rest', () => {
  it('"ending weeks of speculation" does not make a done extension uncertain', () => {
    const doc = syntheticDocument('ceo.txt', 'The board has extended the contract of chief executive Tom Hale until 2027, ending weeks of speculation about his future.',
      { date: '2024-09-10', dates: [['2027', '2027']] });
    expect(doc.events.find((e) => e.type === 'extension')).toMatchObject({ personName: 'Tom Hale', until: '2027', certainty: 'certain' });
  });
});

describe('a denied extension is none', () => {
  it('"his term will not be extended" leaves the term end of the departure', () => {
    const [story] = buildStories([
      syntheticDocument('cb2.txt', 'Governor Tom Hale of the Bank of Japan will step down when his term ends on April 8. His term will not be extended, the minister said.',
        { date: '2023-02-14', dates: [['April 8', '2023-04-08']] }),
    ]);
    expect(story.extensions).toEqual([]);
    expect(story.incumbent).toMatchObject({ name: 'Tom Hale', termEnd: '2023-04-08' });
  });
});

// A central bank in the past tense: who took office when, whose term ends, who the frontrunners were.
describe('a central bank succession told around its incumbent', () => {
  const [story] = buildStories([
    syntheticDocument('cb.txt', 'European leaders have nominated Anna Berg to succeed Tom Hale as president of the European Central Bank when his term ends on Oct. 31. Bundesbank President Carl Olsen and Finland\'s central bank governor Ian Moss had long been considered the frontrunners. Hale, who took office in November 2011, has said he will not seek another role.',
      { date: '2019-09-13', dates: [['Oct. 31', '2019-10-31'], ['November 2011', '2011-11']] }),
  ]);
  it('gives "his term" to the man, not to the woman named first, and the start from "took office"', () => {
    expect(story.organization).toBe('European Central Bank');
    expect(story.incumbent).toMatchObject({ name: 'Tom Hale', since: '2011-11', termEnd: '2019-10-31' });
  });
  it('lists both frontrunners under this post, not under their own titles\' organisation', () => {
    expect(story.candidates.map((c) => c.name)).toEqual(expect.arrayContaining(['Carl Olsen', 'Ian Moss']));
  });
});

describe('a candidate\'s own post in an apposition is not the post contested', () => {
  const [story] = buildStories([
    syntheticDocument('un.txt', 'Former prime minister Tom Hale is set to become the next United Nations secretary-general. He will replace Carl Olsen, whose term ends on Dec. 31. Anna Berg, a European Commission vice president, entered the race last week.',
      { date: '2016-10-05', dates: [['Dec. 31', '2016-12-31'], ['last week', '2016-W39']] }),
  ]);
  it('keeps the story on the UN secretary-generalship', () => {
    expect(story).toMatchObject({ organization: 'UN', position: 'Secretary General' });
    expect(story.incumbent).toMatchObject({ name: 'Carl Olsen', termEnd: '2016-12-31' });
    expect(story.candidates.map((c) => c.name)).toContain('Anna Berg');
  });
});

describe('a successor sworn in, with no term end given', () => {
  const [story] = buildStories([
    syntheticDocument('de.txt', 'Tom Hale was sworn in as Germany\'s ninth chancellor on Wednesday, taking over from Anna Berg. Anna Berg had been chancellor since November 2005.',
      { date: '2021-12-08', dates: [['Wednesday', '2021-12-08'], ['November 2005', '2005-11']] }),
  ]);
  it('hands over on the day the successor took office', () => {
    expect(story).toMatchObject({ organization: 'Germany', position: 'Chancellor' });
    expect(story.holders.map((h) => [h.name, h.from, h.to])).toEqual([['Anna Berg', '2005-11', '2021-12-08'], ['Tom Hale', '2021-12-08', null]]);
    expect(story.incumbent).toMatchObject({ name: 'Tom Hale', since: '2021-12-08' });
  });
});

describe('a dated departure after an extension', () => {
  it('ends the term when it is set later than the extension\'s end', () => {
    const [story] = buildStories([syntheticDocument('boe.txt', 'Anna Berg was named the next governor of the central bank, succeeding Tom Hale, who steps down on March 15. Governor Tom Hale has led the central bank since 2013. His term was extended until January 2020.',
      { date: '2019-12-20', dates: [['March 15', '2020-03-15'], ['2013', '2013'], ['January 2020', '2020-01']] })]);
    expect(story.incumbent).toMatchObject({ name: 'Tom Hale', termEnd: '2020-03-15' });
  });
  it('but not when the same text sets it before the extension\'s end', () => {
    const [story] = buildStories([syntheticDocument('nb.txt', 'Governor Tom Hale has led the central bank since 2013. He is set to step down in September. His term will be extended until June 2024, officials said.',
      { date: '2023-03-01', dates: [['2013', '2013'], ['September', '2023-09'], ['June 2024', '2024-06']] })]);
    expect(story.incumbent).toMatchObject({ name: 'Tom Hale', termEnd: '2024-06' });
  });
});

describe('a post with no organisation in an unrelated article', () => {
  it('stays out of another organisation\'s story of the same post', () => {
    const stories = buildStories([
      syntheticDocument('fifa.txt', 'Tom Hale was elected president of FIFA on Friday, succeeding Anna Berg, who had led FIFA since 1998.', { date: '2016-02-26', dates: [['Friday', '2016-02-26'], ['1998', '1998']] }),
      syntheticDocument('other.txt', 'Carl Olsen stepped down as president after a row with the board.', { date: '2005-03-01' }),
    ]);
    const fifa = stories.find((s) => s.organization === 'FIFA');
    expect(fifa?.holders.map((h) => h.name)).not.toContain('Carl Olsen');
    expect(stories.some((s) => s.incumbent?.name === 'Carl Olsen' && s.organization === null)).toBe(true);
  });
});

describe('a successor who became prime minister', () => {
  it('is in office from that day', () => {
    const [story] = buildStories([syntheticDocument('uk.txt', 'Tom Hale became prime minister on Friday, succeeding Anna Berg. Anna Berg said she would step down as prime minister.',
      { date: '2024-07-06', dates: [['Friday', '2024-07-05']] })]);
    expect(story.successor).toMatchObject({ name: 'Tom Hale', status: 'in office' });
    expect(story.incumbent).toMatchObject({ name: 'Tom Hale', since: '2024-07-05' });
  });
});

describe('a holder who took office long ago is no successor', () => {
  const [story] = buildStories([
    syntheticDocument('pm.txt', 'Prime Minister Tom Hale said on Wednesday he would not run in next month\'s party election, clearing the way for a new prime minister. Hale, who took office in October 2021, has been hurt by a funding scandal.',
      { date: '2024-08-14', dates: [['Wednesday', '2024-08-14'], ['October 2021', '2021-10']] }),
  ]);
  it('makes the one who took office the incumbent, with nobody succeeding yet', () => {
    expect(story.position).toBe('Prime Minister');
    expect(story.incumbent).toMatchObject({ name: 'Tom Hale', since: '2021-10' });
    expect(story.successor).toBeNull();
    expect(story.holders.map((h) => [h.name, h.from, h.to])).toEqual([['Tom Hale', '2021-10', null]]);
  });
});

describe('a party\'s chair and its leader are one post', () => {
  const stories = buildStories([
    syntheticDocument('sf.txt', 'Eva Holm er valgt som ny landsformand for SF. Hun afløser Lise Berg, som trak sig som formand for SF i januar.',
      { language: 'da', date: '2014-02-11', dates: [['januar', '2014-01']] }),
  ]);
  it('tells one story with the new leader appointed', () => {
    expect(stories).toHaveLength(1);
    expect(stories[0].successor).toMatchObject({ name: 'Eva Holm', status: 'appointed' });
  });
});

describe('a town and its council are one story; a story names its post', () => {
  it('joins "København" and "Københavns Kommune", and keeps two banks apart', () => {
    const stories = buildStories([
      syntheticDocument('kbh.txt', 'Eva Holm bliver ny overborgmester i København. Eva Holm bliver ny overborgmester i Københavns Kommune. Hun afløser Lars Hansen.', { language: 'da', date: '2021-08-01' }),
    ]);
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({ position: 'Mayor', successor: { name: 'Eva Holm' } });
  });
  it('drops statements with no post and nobody taking one', () => {
    expect(buildStories([syntheticDocument('c.txt', 'Congress backed Senator Tom Hale on Tuesday.', { date: '2024-01-01' })])).toEqual([]);
  });
});
