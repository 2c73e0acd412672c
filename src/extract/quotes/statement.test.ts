import { describe, expect, it } from 'vitest';
import { extractText } from '../../api.js';

const quotes = (text: string) => extractText(text, { language: 'en' }).quotes.map((q) => q.text);

// A partial quotation stays when it is a fair part of the statement reported; a quoted term in a
// longer clause goes (the claim keeps the clause with the term in it).
describe('partial quotations and quoted terms', () => {
  it.each([
    ['Maria Jensen said the plan was “a fair deal for everyone.”', 'a fair deal for everyone.'],
    ['Tom Baker described the minister as “a born negotiator.”', 'a born negotiator.'],
    ['Any arms supplies, according to Foreign Minister Ivan Petrov, would be "legitimate targets" for the army.', 'legitimate targets'],
    ['Anna Holm said that the talks were “going nowhere fast,” and the mayor agreed.', 'going nowhere fast,'],
    // a naming verb's statement is its object and the name it is given, not the clause around them
    ['Tom Baker blasted Smith as a “failure” on Wednesday in a long radio interview about the vote.', 'failure'],
    ['Maria Jensen is describing as “reckless” a tweet the minister sent late on Friday night to his followers.', 'reckless'],
    ['Anna Holm accused the government of Norway and its partners of “reckless adventurism.”', 'reckless adventurism.'],
    ['Senator Anna Holm has gone after Tom Baker as a “reckless gambler” in recent weeks.', 'reckless gambler'],
    ['President Maria Jensen condemned the test as “dangerous and pointless” for the whole region.', 'dangerous and pointless'],
    // "as Xyz put it"
    ['He has not escaped being seen, as the Daily Courier put it in a lengthy profile, “the fixer.”', 'the fixer.'],
    ['Most applicants must meet education or work requirements, but the main requirement for the program is a "lawful source of income," as a ministry memo put it.', 'lawful source of income,'],
    ['When rebels attack, Maria Jensen and Tom Baker call them “isolated cases” and describe their acts as crimes rather than acts of war.', 'isolated cases'],
    // the words themselves are what is reported
    ['Tom Baker has used the phrase “managed decline” often in his campaign, and criticized the government for it.', 'managed decline'],
    // "told X on Monday that ...": the reported clause opens at "that"
    ['Maria Jensen told one of the young members of her party on a regular basis that “politics is patience.”', 'politics is patience.'],
    ['Maria Jensen says she admired the mayor through what she calls a “war of some pretty unpleasant words.”', 'war of some pretty unpleasant words.'],
    ['The secretary general condemned what he called a "brazen breach" of the resolutions.', 'brazen breach'],
    // a statement that only opens with a possessor is no label; nor is "it's" a possessive
    ['Anna Holm says Tom Baker’s “latest outburst is unhinged, even for him.”', 'latest outburst is unhinged, even for him.'],
    ['Maria Jensen said it’s “a fair deal.”', 'a fair deal.'],
  ])('keeps the quotation in %s', (text, quote) => {
    expect(quotes(text)).toEqual([quote]);
  });

  it.each([
    ['Maria Jensen said the board would consider the bank’s conduct “troubling” when it meets again in the spring to decide on the bonuses.'],
    ['Tom Baker said only a few of the company’s thousands of branch staff had been involved in the “fraud” over the years.'],
    ['Anna Holm told reporters that the government would take “robust steps” together with its allies in response to the test on Friday.'],
    ['Tom Baker described the long-delayed budget plan of the finance ministry as “ambitious.”'],
    // a cue word that is a noun ("tweets") does not open the clause
    ['Maria Jensen says the minister’s flurry of late-night tweets attacking the former governor of the northern region was “unwise, even for him.”'],
    ['Maria Jensen called the newly appointed governor of the central bank a “friend” of the interests of savers.'],
    // a few words in marks right after a possessive: a label inside the writer's noun phrase
    ['Tom Baker urged voters to look at what he called the minister’s “secret plan.”'],
    ['Leaders denounced what Anna Holm called the regime\'s "reckless, provocative, dangerous" actions.'],
    // "what Xyz called “...”": the thing named is "what", so the statement is "what Xyz called ..."
    ['Only a few of the staff were involved in what several lawmakers called “fraud” during the hearing.'],
    // a cue word right after the quoted words is the verb of their clause, which goes on
    ['Tom Baker said in the letter that the advertisement “wrongfully” suggests that the city and all of its officers support the campaign of the governor.'],
  ])('drops the quoted term in %s', (text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('still reports the clause as a claim by its speaker', () => {
    const r = extractText('Maria Jensen said the board would consider the bank’s conduct “troubling” when it meets again in the spring to decide on the bonuses.', { language: 'en' });
    expect(r.claims.map((c) => c.source.name)).toEqual(['Maria Jensen']);
    expect(r.claims[0].content.text).toContain('“troubling”');
  });
});

// phrases quoted from one statement, linked by a few function words, are one partial quotation in pieces
// [text, quote text, number of pieces]
describe('fragments of one statement', () => {
  it.each([
    ['Tom Baker said the minister was “reckless” and “a danger to the country” in a speech on Monday.', 'reckless” and “a danger to the country', 2],
    ['Anna Holm called the plan a “fraud” that was “doomed from the start” and a “waste of money.”', 'fraud” that was “doomed from the start” and a “waste of money.', 3],
    // the writer's words between the phrases, within one reported clause
    ['Tom Baker said he won "every single debate" in which he took part and that more debates would help because there is "a lot going on."', 'every single debate" in which he took part and that more debates would help because there is "a lot going on.', 2],
    ['Anna Holm acknowledged that there are still "some people" who feel that way, "but not among the vast majority."', 'some people" who feel that way, "but not among the vast majority.', 2],
    ['Maria Jensen called Tom Baker a "nasty guy," an "anchor baby," "unstable" and "sick."', 'nasty guy," an "anchor baby," "unstable" and "sick.', 4],
  ])('%s', (text, quote, parts) => {
    const q = extractText(text, { language: 'en' }).quotes;
    expect(q.map((x) => x.text)).toEqual([quote]);
    expect(q[0].partial).toBe(true);
    expect(q[0].parts).toHaveLength(parts);
  });

  // a second speaker (a cue), a sentence end or a title between the phrases keeps them apart
  it.each([
    ['Tom Baker called the plan “reckless” while Anna Holm said it was “a fair deal for the country.”', ['reckless', 'a fair deal for the country.']],
    ['Tom Baker called the plan “reckless and dangerous” on Monday. Then the meeting moved on, and the board was “almost out of time.”', ['reckless and dangerous']],
    ['Tom Baker went on “Morning Talk” to defend his “strong record on jobs and on the budget.”', ['strong record on jobs and on the budget.']],
  ])('keeps apart the phrases of %s', (text, texts) => {
    expect(extractText(text, { language: 'en' }).quotes.map((x) => x.text)).toEqual(texts);
  });

  it('does not join phrases a clause of the writer\'s separates', () => {
    const q = extractText('In a box labeled “medical problem,” a doctor had typed “homicidal ideation.”', { language: 'en' }).quotes;
    expect(q.map((x) => x.text)).not.toContain('medical problem,” a doctor had typed “homicidal ideation.');
  });
});
