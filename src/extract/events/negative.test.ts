import { describe, expect, it } from 'vitest';
import { syntheticDocument } from './synthetic.js';

// Sentences with no succession statement about a person: the stage must find nothing.
const none: [string, string][] = [
  ['The weather was mild across the region on Tuesday.', 'en'],
  ['Exports grew by three percent in the second quarter.', 'en'],
  ['The alliance continues to respond to the crisis.', 'en'],
  ['A change of leadership would not be supported by most members.', 'en'],
  ['Prices have been rising since 2021.', 'en'],
  // a group, an agency and "the next governor" are nobody's candidacy or succession
  ['Senior Conservatives are already jockeying for position.', 'en'],
  ['The Financial Conduct Authority named a successor for its chair.', 'en'],
  // a speaker talking about candidates in general is not one
  ['Party chairman Ian Moss said candidates would need the support of at least 100 MPs.', 'en'],
  // dismissing claims, quitting a market, firing up a campaign, removing licences: nobody leaves a post
  ['Tory leader Carl Olsen has dismissed claims that his policy was moving onto the far right.', 'en'],
  ['Separately, Fujitsu announced on Monday that it is quitting the LCD panel market.', 'en'],
  ['Anna Berg was not falling into that trap when she fired up her campaign on Monday.', 'en'],
  ['Tom Hale said licences would be removed for non-compliance.', 'en'],
  // coming fourth in a race on the track is no candidacy
  ['Dani Barnes came fourth in the 1500m and she was the highest finisher for the team.', 'en'],
  ['The defending champion was eliminated in the quarter-finals on Sunday.', 'en'],
  // a record held is no appointment
  ['Only days earlier he had become Japan\'s longest-serving prime minister in terms of consecutive days in office.', 'en'],
  // "back" after a verb of motion is an adverb, not backing
  ['Acme Foods has brought back Tom Hale to run its European business.', 'en'],
  ['Prices fell back after Anna Berg spoke.', 'en'],
  // "opposition" before a party or a title names a side, not an objection
  ['Opposition Labour leader Keir Stanton called for an immediate general election.', 'en'],
  // support ratings are no backing; a game that "would not stand up" withdraws from nothing; "became clear" takes no post
  ['Prime Minister Tom Hale saw his support ratings sink over the summer.', 'en'],
  ['If the game were not so famous, Anna Berg said, it would not stand up for long.', 'en'],
  ['It became clear on Monday that Tom Hale had lost the vote.', 'en'],
  // a denied withdrawal is none; a film's withdrawal is nobody's; deciding to support plans backs nobody
  ['Anna Berg has not withdrawn, a spokeswoman for her ministry said.', 'en'],
  ['Anna Berg hasn\'t yet pulled out of the race.', 'en'],
  ['Catholic groups led by Tom Hale demanded the withdrawal of a film.', 'en'],
  ['Tom Hale had decided to support the plans.', 'en'],
  // the one succeeded is not the subject of the rival's withdrawal; a re-election someone praises is not theirs
  ['The contest ended when her only rival in the race to succeed Tom Hale pulled out.', 'en'],
  ['Administrerende direktør Lars Hansen roser genvalget.', 'da'],
  // a possessive pronoun before a person noun owns the subject; it is not the subject
  ['Anna Berg said her deputy would step down in May.', 'en'],
  ['Tom Hale returned as a hero after the war.', 'en'],
  // bids, agreements and areas are no term; a withdrawal from anything but a contest is none; a takeover bid is no candidacy
  ['Tom Hale said his company would not renew its bid for the publisher.', 'en'],
  ['Anna Berg noted that nobody was pushing for a renewal of the agreement.', 'en'],
  ['The fleet patrols a vast area extending from the Gulf to Japan, Tom Hale said.', 'en'],
  ['Tom Hale withdrew from smelting last year.', 'en'],
  // a clause of its own with its own subject; Danish verb second with the subject after; "en stopper" is a noun
  ['Holger Nielsen mente, at regeringen vil blive tvunget til at gå af til efteråret.', 'da'],
  ['Tom Hale said that the government would resign within weeks.', 'en'],
  ['Leif Hansen behøver en tilladelse inden to år, ellers stopper den del af aktiviteten.', 'da'],
  // "peger på, at" points something out; "er ny" without a post is no appointment
  ['Lars Hansen peger på, at partiet mangler penge.', 'da'],
  ['Lars Hansen siger, at det er ny teknologi.', 'da'],
  ['Det satte Jean-Michel Saive en stopper for.', 'da'],
  // "back" as an adverb or a noun, and an award's hyphenated nomination
  ['In 1950, back in England, Anna Berg founded the company.', 'en'],
  ['Tom Hale has gone behind my back, Anna Berg said.', 'en'],
  ['The defender needed little invitation as Tom Hale backed off.', 'en'],
  ['Anna Berg starred in the Oscar-nominated film.', 'en'],
  // an injury rules a player out of a game, not out of a race; "a succession of" is a series
  ['Tom Hale is ruled out with an Achilles tendon injury.', 'en'],
  ['England head coach Tom Hale praised his players on Monday.', 'en'],
  ['Bookmakers stopped taking bets after a succession of large wagers on Tom Hale.', 'en'],
  ['Anna Berg and Tom Hale have released a record in a bid to reduce gun crime.', 'en'],
  ['The party was surprised when her only rival pulled out.', 'en'],
  // withdrawing from a market is not leaving a post
  ['Selskabet trækker sig fra det kinesiske marked.', 'da'],
  // a party re-elected is no person's new term
  ['Shadow chancellor Tom Hale predicted Mr Moss would raise taxes if Labour was re-elected.', 'en'],
  // staying on the board or in the Senate is not keeping the post
  ['Chief executive Tom Hale will remain on the board until the 2022 shareholders meeting.', 'en'],
  ['Vejret var mildt i hele landet tirsdag.', 'da'],
  ['Eksporten steg med tre procent i andet kvartal.', 'da'],
];

describe('no succession events', () => {
  it.each(none)('%s', (text, language) => {
    const doc = syntheticDocument('n.txt', text, { language });
    expect(doc.events.filter((e) => e.type !== 'meeting' && e.type !== 'deadline')).toEqual([]);
  });
});
