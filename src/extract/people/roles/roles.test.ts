import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../pipeline/run.js';

const roles = (text: string, language = 'en') => processDocument({ id: 't.txt', text }, { language }).people
  .map((p) => [p.name, p.roles.map((r) => ({ title: r.title, org: r.org, country: r.country, former: r.former }))]);

describe('roles', () => {
  it.each([
    ['Dutch Prime Minister Mark Verhoeven spoke.', 'Mark Verhoeven', { title: 'Prime Minister', org: null, country: 'Netherlands', former: false }],
    ['NATO Secretary General Jens Halvorsen spoke.', 'Jens Halvorsen', { title: 'Secretary General', org: 'NATO', country: null, former: false }],
    ['US Ambassador to NATO Juliana Smith said allies should act.', 'Juliana Smith', { title: 'Ambassador to NATO', org: 'NATO', country: 'United States', former: false }],
    ['They met former Italian Prime Minister Mario Bianchi.', 'Mario Bianchi', { title: 'Prime Minister', org: null, country: 'Italy', former: true }],
    ['Canadian Deputy Prime Minister Chrystia Fontaine agreed.', 'Chrystia Fontaine', { title: 'Deputy Prime Minister', org: null, country: 'Canada', former: false }],
    ['Mark Verhoeven, the Dutch prime minister, said he was ready.', 'Mark Verhoeven', { title: 'prime minister', org: null, country: 'Netherlands', former: false }],
    ['Jens Halvorsen, who previously served as prime minister of Norway, said no.', 'Jens Halvorsen', { title: 'prime minister', org: null, country: 'Norway', former: true }],
    ['The governor of the Bank of England, Andrew Bailey, spoke.', 'Andrew Bailey', { title: 'governor', org: 'Bank of England', country: null, former: false }],
    ['Russian U.N. Ambassador Vitaly Churkov told reporters.', 'Vitaly Churkov', { title: 'Ambassador', org: 'UN', country: 'Russia', former: false }],
    ['The U.S. President Jon Whitby said so.', 'Jon Whitby', { title: 'President', org: null, country: 'United States', former: false }],
    // an organisation the lists do not know, led by a demonym or a number, and a complement after it
    ['John Smith, chief economist at Danske Bank, said so.', 'John Smith', { title: 'chief economist', org: 'Danske Bank', country: null, former: false }],
    // a known company's name that begins a longer one is the longer one's first words
    ['Kaz Hirai, president of Sony Computer Entertainment America, said so.', 'Kaz Hirai', { title: 'president', org: 'Sony Computer Entertainment America', country: null, former: false }],
    ['Graham Brady, chairman of the 1922 Committee of Conservative lawmakers, said so.', 'Graham Brady', { title: 'chairman', org: '1922 Committee', country: null, former: false }],
    ['Ann Lee, chief executive of Norsk Hydro in Oslo, said so.', 'Ann Lee', { title: 'chief executive', org: 'Norsk Hydro', country: null, former: false }],
    // an age before the apposition, "currently" before the post
    ['Anna Lind, 52, a former finance minister, said she would run.', 'Anna Lind', { title: 'finance minister', org: null, country: null, former: true }],
    ['Kristina Georgiou, 66, currently chief executive of the World Bank, will take office.', 'Kristina Georgiou', { title: 'chief executive', org: 'World Bank', country: null, former: false }],
    // "was elected" gives the post now; a weekday after "on" is no part of the organisation
    ['Kirsty Hale was elected president of the International Olympic Committee on Thursday.', 'Kirsty Hale', { title: 'president', org: 'International Olympic Committee', country: null, former: false }],
    // a verb that gives its subject the post, directly or through reported speech
    ['Rhona Mitchell said on Friday she would step down as leader of the Labour Party.', 'Rhona Mitchell', { title: 'leader', org: 'Labour Party', country: null, former: false }],
    // coming back to a post holds it
    ['Acme said on Sunday that Rhona Mitchell would return as chief executive.', 'Rhona Mitchell', { title: 'chief executive', org: null, country: null, former: false }],
    ['Peter Quinn, whose party won a landslide, was appointed prime minister on Friday.', 'Peter Quinn', { title: 'prime minister', org: null, country: null, former: false }],
    ['Ian Mossford resigned as finance minister in 2019.', 'Ian Mossford', { title: 'finance minister', org: null, country: null, former: true }],
  ])('%s', (text, name, role) => {
    expect(roles(text)).toContainEqual([name, expect.arrayContaining([role])]);
  });

  it.each([
    ['Herhjemme har rygterne svirret om, at statsminister Mette Kristensen (S) var kandidat.', 'Mette Kristensen', { title: 'statsminister', org: null, country: null, former: false }],
    ['Ugen før skrev NRK, at USA\'s præsident, Joe Biden, havde bedt om det.', 'Joe Biden', { title: 'præsident', org: null, country: 'United States', former: false }],
    ['Nato vil bede alliancens generalsekretær, Jens Halvorsen, om at fortsætte.', 'Jens Halvorsen', { title: 'generalsekretær', org: 'NATO', country: null, former: false }],
    ['Tidligere udenrigsminister Per Stig Møller talte.', 'Per Stig Møller', { title: 'udenrigsminister', org: null, country: null, former: true }],
    ['Lars Hansen træder tilbage som formand for Moderaterne.', 'Lars Hansen', { title: 'formand', org: 'Moderaterne', country: null, former: false }],
    // "der i dag er topchef for X": the post held now
    ['Bestyrelsen har udpeget Jens Berg, der i dag er topchef for Acme, som ny direktør.', 'Jens Berg', { title: 'topchef', org: 'Acme', country: null, former: false }],
    // two titles joined before the name: both are roles
    ['Forsvarsminister og formand for Venstre Lars Hansen træder tilbage.', 'Lars Hansen', { title: 'Forsvarsminister', org: null, country: null, former: false }],
    ['Forsvarsminister og formand for Venstre Lars Hansen træder tilbage.', 'Lars Hansen', { title: 'formand', org: 'Venstre', country: null, former: false }],
  ])('%s (Danish)', (text, name, role) => {
    expect(roles(text, 'da')).toContainEqual([name, expect.arrayContaining([role])]);
  });

  it('reads the party tag and the time bounds', () => {
    const [p] = processDocument({ id: 't.txt', text: 'Statsminister Mette Kristensen (S) har været statsminister siden 2019.' }, { language: 'da' }).people;
    expect(p.roles[0].party).toBe('S');
    expect(p.roles.some((r) => r.since === '2019')).toBe(true);
  });
  it('gives a tenure to the organisation led', () => {
    const [, p] = processDocument({ id: 't.txt', text: 'He will succeed Jens Halvorsen, who has led NATO since 2014.' }, { language: 'en' }).people.length
      ? [null, processDocument({ id: 't.txt', text: 'He will succeed Jens Halvorsen, who has led NATO since 2014.' }, { language: 'en' }).people[0]] : [null, null];
    expect(p?.roles).toContainEqual(expect.objectContaining({ org: 'NATO', since: '2014' }));
  });
  it('records provenance for each role', () => {
    const [p] = processDocument({ id: 't.txt', text: 'Dutch Prime Minister Mark Verhoeven spoke.' }, { language: 'en' }).people;
    expect(p.roles[0].evidence.rule).toBe('people/title-before-name');
    expect(p.roles[0].text).toBe('Dutch Prime Minister');
  });
});

describe('roles in other successions', () => {
  it.each([
    ['Federal Reserve Chair Jerome Powell said he would not seek a third term.', 'Jerome Powell', { title: 'Chair', org: 'Federal Reserve', country: null, former: false }],
    ['Kevin Hassett, the director of the National Economic Council, spoke.', 'Kevin Hassett', { title: 'director', org: 'National Economic Council', country: null, former: false }],
    ["Germany's Chancellor Olaf Scholz spoke with French President Emmanuel Macron.", 'Olaf Scholz', { title: 'Chancellor', org: null, country: 'Germany', former: false }],
    ["Britain's Chancellor of the Exchequer Rachel Reeves met bankers.", 'Rachel Reeves', { title: 'Chancellor of the Exchequer', org: null, country: 'United Kingdom', former: false }],
    ['Former Fed governor Kevin Warsh is also a contender.', 'Kevin Warsh', { title: 'governor', org: 'Federal Reserve', country: null, former: true }],
  ])('%s', (text, name, role) => {
    expect(roles(text)).toContainEqual([name, expect.arrayContaining([role])]);
  });
});

describe('roles by verb: only the subject gets the post', () => {
  it.each([
    ['Anna Berg said the bank would appoint a new governor.', 'Anna Berg'],
    ['Tom Hale said Anna Berg would step down as chair.', 'Tom Hale'],
    ['Anna Berg stepped down for personal reasons.', 'Anna Berg'],
  ])('%s', (text, name) => {
    expect(roles(text)).toContainEqual([name, []]);
  });
});

describe('roles: an apposition that is no role phrase gives none', () => {
  it.each([
    ['John Smith, a lawyer in London, said so.', 'John Smith'],
    ['John Smith, who lives in Danske Bank Street, said so.', 'John Smith'],
  ])('%s', (text, name) => {
    expect(roles(text)).toContainEqual([name, []]);
  });
});

describe('roles: after a preposition comes the organisation, not the holder', () => {
  it('"topchef i A.P. Møller - Mærsk" gives the company no role', () => {
    const found = roles('Lars Hansen stopper som topchef i A.P. Møller - Mærsk ved årsskiftet.', 'da');
    expect(found.filter(([, r]) => (r as unknown[]).length).map(([n]) => n)).toEqual(['Lars Hansen']);
  });
});

describe('roles: a plain title said elsewhere adds nothing to the same title with its organisation', () => {
  it('keeps "formand for Venstre" and drops the bare "formand"', () => {
    const [, found] = roles('Formand for Venstre Lars Hansen træder tilbage som formand.', 'da')[0] as [string, { title: string }[]];
    expect(found.filter((r) => r.title.toLowerCase() === 'formand')).toHaveLength(1);
  });
});

describe('roles by verb: an active appointing verb names the object\'s post', () => {
  it('"X nominated Governor Y" does not make X a governor', () => {
    const found = roles('President Tom Hale on Thursday nominated Governor Anna Berg to lead the bank.').find(([n]) => n === 'Tom Hale');
    expect(found?.[1]).toEqual([{ title: 'President', org: null, country: null, former: false }]);
  });
});
