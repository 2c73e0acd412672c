import { describe, expect, it } from 'vitest';
import { syntheticDocument, type DateRow } from './synthetic.js';
import { processDocument } from '../../pipeline/run.js';

type Row = [string, string, DateRow[], Record<string, unknown>];

const en: Row[] = [
  ['Governor Anna Berg has led the Bank of England since 2013.', 'holds', [], { personName: 'Anna Berg', org: 'Bank of England', position: 'Governor', date: '2013' }],
  ['Chief executive Tom Hale, who has run the company since 2015, will step down in March.', 'departure', [['March', '2025-03']], { personName: 'Tom Hale', date: '2025-03' }],
  ['The board extended the contract of Governor Anna Berg until June 2027.', 'extension', [['June 2027', '2027-06']], { personName: 'Anna Berg', until: '2027-06' }],
  ['Governor Anna Berg had her term extended by a year due to the banking crisis.', 'extension', [], { personName: 'Anna Berg', details: expect.objectContaining({ duration: 'P1Y', reason: 'the banking crisis', tense: 'past' }) }],
  ['Prime Minister Carl Olsen has already had his term extended three times.', 'extension', [], { personName: 'Carl Olsen', details: expect.objectContaining({ count: 3 }) }],
  ['Finance Minister Maria Lind has emerged as a serious contender for the party leadership.', 'candidacy', [], { personName: 'Maria Lind', details: expect.objectContaining({ status: 'contender', role: 'Finance Minister' }) }],
  ['Foreign Secretary Paul Grant has openly expressed his interest in the position.', 'interest', [], { personName: 'Paul Grant' }],
  ['More than 100 MPs have said they support Home Secretary Jane Roe’s candidacy.', 'backing', [], { personName: 'Jane Roe', details: expect.objectContaining({ backer: 'More than 100 MPs', role: 'Home Secretary' }) }],
  ['Hungary has persistent disagreements with Jane Roe over the budget.', 'opposition', [], { personName: 'Jane Roe', details: expect.objectContaining({ backer: 'Hungary' }) }],
  ['Deputy Governor Ian Moss said he was not seeking the top job.', 'withdrawal', [], { personName: 'Ian Moss' }],
  ['Officials say Mayor Eva Holm is not a candidate for the post.', 'ruled-out', [], { personName: 'Eva Holm' }],
  ['Maria Lind was appointed as the new chair of the Labour Party on Monday.', 'appointment', [['Monday', '2024-05-06']], { personName: 'Maria Lind', date: '2024-05-06' }],
  ['Maria Lind will succeed Carl Olsen as party leader.', 'succession', [], { personName: 'Maria Lind', object: 'Carl Olsen' }],
  // coming back to a post is an appointment to it
  ['Acme said on Sunday that Tom Hale would return as chief executive, replacing Anna Berg.', 'appointment', [], { personName: 'Tom Hale', position: 'Chief Executive' }],
  ['Anna Berg won the backing of 88 MPs, ahead of Tom Hale.', 'backing', [], { personName: 'Anna Berg' }],
  // "head coach" is another job than the head; "NATO chief X" is the post's generic word
  ['England head coach Tom Hale will step down in May.', 'departure', [], { personName: 'Tom Hale', position: null }],
  // the agent of a passive is the one succeeded: "handpicked by X as his successor"
  ['Tom Hale, who was handpicked by Carl Olsen as his successor, had his contract extended in June.', 'succession', [], { personName: 'Tom Hale', object: 'Carl Olsen' }],
  // leaving a post; the nouns "withdrawal of", "appointment of" name their person after "of"
  ['Director-General Tom Hale said he would leave the post on Aug. 31.', 'departure', [['Aug. 31', '2024-08-31']], { personName: 'Tom Hale', date: '2024-08-31' }],
  ['The appointment follows the withdrawal of trade minister Anna Berg earlier this month.', 'withdrawal', [], { personName: 'Anna Berg' }],
  ['The appointment of Jane Roe was confirmed on Monday.', 'appointment', [], { personName: 'Jane Roe' }],
  // "won the broadest support": the one supported is the subject, not the next name
  ['The panel said Jane Roe had won the broadest support and should succeed Carl Olsen.', 'backing', [], { personName: 'Jane Roe' }],
  // a list of subjects, and the ways a politician says they will run
  ['Former home secretary Jane Roe and former business secretary Maria Lind are seen as frontrunners.', 'candidacy', [], { personName: 'Jane Roe' }],
  ['Former home secretary Jane Roe and former business secretary Maria Lind are seen as frontrunners.', 'candidacy', [], { personName: 'Maria Lind' }],
  ['Tom Hale, a former immigration minister, is also expected to stand.', 'candidacy', [], { personName: 'Tom Hale' }],
  // a reporting verb in the subject's own relative clause does not make the subject a mere speaker
  ['Former defence minister Tom Hale, who has said he is ready to run, is seen as a frontrunner.', 'candidacy', [], { personName: 'Tom Hale' }],
  ['Paul Grant has entered the race to lead the party.', 'candidacy', [], { personName: 'Paul Grant' }],
  ['Digital minister Paul Grant and security minister Eva Holm are also expected to join the race, according to local media.', 'candidacy', [], { personName: 'Eva Holm' }],
  ['Digital minister Paul Grant and security minister Eva Holm are also expected to join the race, according to local media.', 'candidacy', [], { personName: 'Paul Grant' }],
  ['Paul Grant said he is ready to run for the leadership.', 'candidacy', [], { personName: 'Paul Grant' }],
  ['Anna Berg, the former business secretary, is seen as an early favourite.', 'candidacy', [], { personName: 'Anna Berg' }],
  // nobody succeeds himself: "propose X, its vice chair, as his successor" means someone named before X
  ['Tom Hale has named Anna Berg as his successor.', 'succession', [], { personName: 'Anna Berg', object: 'Tom Hale' }],
  // a participle phrase after a comma takes the tense of the verb before it
  ['Tom Hale stepped down as chief executive on Monday, handing the reins to Anna Berg.', 'appointment', [], { personName: 'Anna Berg', details: expect.objectContaining({ tense: 'past' }) }],
  // the day of saying dates a step already taken, not one still ahead
  ['Tom Hale said on Friday he would step down as leader of the party.', 'departure', [['Friday', '2024-07-05']], { personName: 'Tom Hale', date: null }],
  ['Tom Hale will step down on Friday, the company said.', 'departure', [['Friday', '2024-07-05']], { personName: 'Tom Hale', date: '2024-07-05' }],
  // a wish to stay is no decision
  ['Governor Anna Berg had said she would like to serve a second term.', 'extension', [], { personName: 'Anna Berg', certainty: 'possible' }],
  ['Governor Anna Berg was appointed to a second term.', 'extension', [], { personName: 'Anna Berg', certainty: 'certain' }],
  // a cue that holds its own auxiliary ("was named") is a passive: its subject stands before it
  ['Anna Berg was named on Friday as the next governor of the central bank, succeeding Tom Hale, who steps down in March.', 'appointment', [], { personName: 'Anna Berg' }],
  ['Anna Berg, head of the markets regulator, was named on Friday as the next governor of the central bank.', 'appointment', [], { personName: 'Anna Berg' }],
  // "named X, ..., as the next governor"; "a successor to Y" names the one succeeded
  ['The government named Anna Berg, head of the markets regulator, as the next governor, ending a search for a successor to Carl Olsen.', 'appointment', [], { personName: 'Anna Berg' }],
  ['The government named Anna Berg, head of the markets regulator, as the next governor, ending a search for a successor to Carl Olsen.', 'succession', [], { personName: 'Anna Berg', object: 'Carl Olsen' }],
  // the person after a comma who speaks is the attribution, not the one replaced
  ['Anna Berg will serve as acting governor until the board finds a replacement for Tom Hale, officials said.', 'succession', [], { personName: 'Anna Berg', object: 'Tom Hale' }],
  // a body of a known organisation acts for it: the post is the organisation's
  ['The U.N. Security Council on Thursday nominated Tom Hale to be the next secretary-general.', 'nomination', [], { personName: 'Tom Hale', org: 'UN', position: 'Secretary General' }],
  // a former employer in the subject's apposition is not the organisation of the post in question; a present one still is
  ['Analysts said Tom Hale, a former Bank of England official, was a likely candidate for the permanent role.', 'candidacy', [], { personName: 'Tom Hale', org: null }],
  ['Analysts said Tom Hale, a Bank of England official, was a likely candidate for the permanent role.', 'candidacy', [], { personName: 'Tom Hale', org: 'Bank of England' }],
  // what a holder leads is the holding's organisation, and its leader's post, though the sentence names another post
  ['Tom Hale, who has led the Labour Party since April 2020, became prime minister on Friday.', 'holds', [['April 2020', '2020-04']], { personName: 'Tom Hale', org: 'Labour Party', position: 'Leader', date: '2020-04' }],
  ['Tom Hale, who has led the Labour Party since April 2020, became prime minister on Friday.', 'appointment', [['April 2020', '2020-04']], { personName: 'Tom Hale', position: 'Prime Minister' }],
  ['Governor Anna Berg, who has led the Bank of England since 2013, will step down.', 'holds', [['2013', '2013']], { personName: 'Anna Berg', org: 'Bank of England', position: 'Governor' }],
  // a party's leadership is its leader's post
  ['Former home secretary Anna Berg is among those expected to stand for the Conservative leadership.', 'candidacy', [], { personName: 'Anna Berg', org: 'Conservative Party', position: 'Leader' }],
  // a generic title with its organisation is the post when the text names no other
  ['Tom Hale said he would step down as leader of the Conservative Party.', 'departure', [], { personName: 'Tom Hale', position: 'Leader', org: 'Conservative Party' }],
  // the subject, not a person named in a relative clause; a bid being considered
  ['Former finance minister Tom Hale, who lost to Anna Berg in the summer, is the favourite to replace her.', 'candidacy', [], { personName: 'Tom Hale' }],
  ['Former prime minister Carl Olsen is also considering a bid, the newspaper reported.', 'candidacy', [], { personName: 'Carl Olsen' }],
  // "X nominated Y": Y is nominated; "when Y's term as chair expires in February"; the Senate confirms, it is not the post's organisation
  ['President Tom Hale on Thursday nominated Governor Anna Berg to be the next head of the central bank.', 'nomination', [['Thursday', '2017-11-02']], { personName: 'Anna Berg' }],
  ['If confirmed by the Senate, Anna Berg would take over when Carl Olsen\'s term as chair expires in February.', 'departure', [['February', '2018-02']], { personName: 'Carl Olsen', date: '2018-02', org: null }],
  // the one removed is the object; "named X as interim CEO"; "said he was quitting"
  ['The board removed Tom Hale as chief executive and named finance chief Anna Berg as interim CEO.', 'departure', [], { personName: 'Tom Hale' }],
  ['The board removed Tom Hale as chief executive and named finance chief Anna Berg as interim CEO.', 'appointment', [], { personName: 'Anna Berg' }],
  ['Acme Foods ousts Tom Hale as chief executive. Acme Foods said Anna Berg would run the company for now.', 'departure', [], { personName: 'Tom Hale', org: 'Acme Foods' }],
  ['Carl Olsen, the company president, said hours later that he was quitting.', 'departure', [], { personName: 'Carl Olsen' }],
  // a negated extension or departure is denied; a deputy's post is not the post
  ['His term will not be extended, Governor Anna Berg said.', 'extension', [], { personName: 'Anna Berg', certainty: 'denied' }],
  ['Governor Anna Berg will not step down before her term ends.', 'departure', [], { personName: 'Anna Berg', certainty: 'denied' }],
  ['The government nominated Tom Hale as deputy governor of the central bank.', 'nomination', [], { personName: 'Tom Hale', position: 'Deputy Governor' }],
  // a company's officer with no organisation beside the post: the company named with a legal form
  // "will be the next governor"; the speaker of a trailing attribution is no successor
  ['Anna Berg, the head of the markets regulator, will be the next governor of the central bank, finance minister Tom Hale announced on Friday, ending a search for a successor to Carl Olsen.', 'appointment', [], { personName: 'Anna Berg', position: 'Governor' }],
  ['Anna Berg, the head of the markets regulator, will be the next governor of the central bank, finance minister Tom Hale announced on Friday, ending a search for a successor to Carl Olsen.', 'succession', [], { personName: 'Anna Berg', object: 'Carl Olsen' }],
  ['Other names linked to the job included Tom Hale and Carl Olsen.', 'candidacy', [], { personName: 'Carl Olsen' }],
  // an extension "to" a date; a stand-in is marked interim; "chairman and CEO" keeps the pair's other post
  ['Last year the governor Anna Berg accepted a further extension to January 31, 2020.', 'extension', [], { personName: 'Anna Berg' }],
  ['Until then, Chief Financial Officer Anna Berg will serve as interim chief executive.', 'appointment', [], { personName: 'Anna Berg', details: expect.objectContaining({ interim: true }) }],
  ['Acme Foods Corp said Tom Hale would take over as chairman and CEO next month.', 'appointment', [], { personName: 'Tom Hale', position: 'Chair', details: expect.objectContaining({ alsoPosition: 'Chief Executive' }) }],
  // "has chaired the board since": the chair's post; a company named with its legal form, and by its name alone
  ['Anna Berg, who has chaired the board since 2021, will become lead independent director.', 'holds', [], { personName: 'Anna Berg', position: 'Chair' }],
  ['Acme Foods Corp said on Tuesday that Chief Executive Tom Hale was stepping down, and Acme Foods named a successor.', 'departure', [], { personName: 'Tom Hale', org: 'Acme Foods' }],
  ['Tom Hale, the chief executive of Zentrolux Mexican Grill, has led Zentrolux since 2018.', 'holds', [], { personName: 'Tom Hale', org: 'Zentrolux Mexican Grill' }],
  // "selected X, ..., as its next managing director"; "nominated to run the European Central Bank" leads that organisation
  ['The International Monetary Fund on Wednesday selected Anna Berg, the chief executive of the World Bank, as its next managing director.', 'appointment', [], { personName: 'Anna Berg', position: 'Managing Director', org: 'IMF' }],
  ['The change was triggered in July when Anna Berg was nominated to run the European Central Bank.', 'nomination', [], { personName: 'Anna Berg', org: 'European Central Bank', details: expect.objectContaining({ generic: true }) }],
  // the possessor in an apposition is not the subject: "X, Y's deputy prime minister, had ruled himself out"
  ['Finance Minister Tom Hale, Berg\'s deputy prime minister, had ruled himself out on Thursday.', 'ruled-out', [], { personName: 'Tom Hale' }],
  // "X's preferred successor": the possessor is the one succeeded; a hyphenated modifier stays with its group
  ['Tom Hale had long been seen as Anna Berg\'s preferred successor, while Carl Olsen has few allies.', 'succession', [], { personName: 'Tom Hale', object: 'Anna Berg' }],
  ['Carl Olsen enjoys strong support among the party\'s rank-and-file members.', 'backing', [], { personName: 'Carl Olsen', details: expect.objectContaining({ backer: 'rank-and-file members' }) }],
  // backers named after a noun or a passive cue; the one backed stands before it
  ['Anna Berg drew support from business minister Tom Hale but was damaged early on.', 'backing', [], { personName: 'Anna Berg', details: expect.objectContaining({ backer: 'Tom Hale' }) }],
  ['Anna Berg was backed by most of the party establishment, including Deputy Leader Tom Hale and the party\'s Westminster leader Carl Olsen.', 'backing', [], { personName: 'Anna Berg', details: expect.objectContaining({ backers: ['Tom Hale', 'Carl Olsen'] }) }],
  ['Anna Berg secured 71 votes with the support of Green lawmakers, comfortably ahead of Conservative leader Tom Hale.', 'backing', [], { personName: 'Anna Berg' }],
  // losing a leadership vote is having stood in it
  ['After Anna Berg was eliminated and her supporters\' second preferences redistributed, Tom Hale won.', 'candidacy', [], { personName: 'Anna Berg' }],
  ['Tom Hale, the party\'s policy chief, came second with 89 votes.', 'candidacy', [], { personName: 'Tom Hale' }],
  // a name joined by "&" is one organisation; a company the data knows
  ["Tate & Lyle's chief executive Tom Hale will step down in May.", 'departure', [], { personName: 'Tom Hale', org: 'Tate & Lyle' }],
  ['Danske Bank said its chief executive Tom Hale would step down in May.', 'departure', [], { personName: 'Tom Hale', org: 'Danske Bank' }],
  ['The Acme Foods Co. said Tom Hale would return as chief executive, replacing Anna Berg.', 'succession', [], { personName: 'Tom Hale', org: 'Acme Foods', position: 'Chief Executive' }],
  ['Chief executive Tom Hale will be replaced by Anna Berg in March.', 'succession', [['March', '2025-03']], { personName: 'Anna Berg', object: 'Tom Hale' }],
  // a wish or a tip is not a succession yet
  ['Tom Hale launched a bid to replace Anna Berg on Monday.', 'succession', [], { personName: 'Tom Hale', object: 'Anna Berg', certainty: 'possible' }],
  ['Former minister Tom Hale is the favourite to replace Anna Berg, bookmakers say.', 'succession', [], { personName: 'Tom Hale', object: 'Anna Berg', certainty: 'likely' }],
  // "had quietly backed X's candidacy": X is backed; "candidates including X and Y"; a long apposition's post is the subject's
  ['Officials said Tom Hale had quietly backed Anna Berg’s candidacy.', 'backing', [], { personName: 'Anna Berg', details: expect.objectContaining({ backer: 'Tom Hale' }) }],
  ['Anna Berg won, beating six other candidates including athletics chief Tom Hale and Ian Moss.', 'candidacy', [], { personName: 'Ian Moss' }],
  ['Anna Berg, 41, a two-time Olympic champion and Zimbabwe’s sports minister, was elected president of the committee.', 'appointment', [], { personName: 'Anna Berg', position: 'President' }],
  // a party named often is not the post's organisation by count alone
  ['Labour won the seat. Labour celebrated. Tom Hale will step down as minister.', 'departure', [], { personName: 'Tom Hale', org: null }],
  // a shortlist is a list of candidates, not a nomination
  ['Former deputy governor Tom Hale is also on the shortlist, one of the sources said.', 'candidacy', [], { personName: 'Tom Hale' }],
  // not said whether: an open question
  ['Governor Anna Berg has not said whether she will stay on the board after her term ends.', 'extension', [], { personName: 'Anna Berg', certainty: 'uncertain' }],
  ['Governor Anna Berg has agreed to stay on for another year.', 'extension', [], { personName: 'Anna Berg', certainty: 'certain' }],
  // an organisation known only from its context: "the board of ..."
  ['The board of Acme Foods extended the contract of chief executive Tom Hale until 2027.', 'extension', [['2027', '2027']], { personName: 'Tom Hale', org: 'Acme Foods', until: '2027' }],
  ['The new leader will be announced at the party conference in Manchester in October.', 'meeting', [['October', '2024-10']], { date: '2024-10', details: expect.objectContaining({ place: 'Manchester' }) }],
  // "would not seek re-election"; "became", "take over as" with a post after them name their subject
  ['Prime Minister Tom Hale said he would not seek re-election as party leader.', 'withdrawal', [], { personName: 'Tom Hale' }],
  ['Tom Hale, who became chief executive in January 2020, will step down.', 'appointment', [['January 2020', '2020-01']], { personName: 'Tom Hale', position: 'Chief Executive', date: '2020-01' }],
  ['Anna Berg will take over as chief executive on August 8, replacing Tom Hale.', 'appointment', [], { personName: 'Anna Berg', position: 'Chief Executive' }],
  // a government's office belongs to the country before it, not to the party named nearby
  ['Tom Hale won the race to lead the ruling Liberal Democratic Party and is set to become Japan\'s next prime minister.', 'appointment', [], { personName: 'Tom Hale', position: 'Prime Minister', org: 'Japan' }],
  // the organisation in the relative clause of the one succeeded is that person's own
  ['The International Monetary Fund\'s board selected Anna Berg as its next managing director, succeeding Tom Hale, who is leaving to head the European Central Bank.', 'succession', [], { personName: 'Anna Berg', org: 'IMF' }],
  // more ways of running: the favourite, also ran, also considered; a listed person's backer is not listed
  ['Tom Hale had been the favourite among voters in opinion polls.', 'candidacy', [], { personName: 'Tom Hale' }],
  ['Two women also ran in the first round: Anna Berg, who was backed by Tom Hale, and Eva Holm.', 'candidacy', [], { personName: 'Eva Holm' }],
  ['It was a contest in which former finance minister Ian Moss was also considered.', 'candidacy', [], { personName: 'Ian Moss' }],
  // "backed her nomination": the possessor is nominated, not the next person named
  ['Anna Berg was unopposed. Governments backed her nomination, after a contest in which Tom Hale was also considered.', 'nomination', [], { personName: 'Anna Berg' }],
  // a headline's passive with no auxiliary; "deputy" before a generic title is a post of its own
  ['Tom Hale elected Labour leader, succeeding Anna Berg', 'appointment', [], { personName: 'Tom Hale' }],
  ['Eva Holm was elected deputy leader.', 'appointment', [], { personName: 'Eva Holm', position: 'Deputy Leader' }],
  // "Germany's ninth post-war chancellor": lower-case words may stand between the country and the office
  ['Tom Hale was sworn in as Germany\'s ninth post-war chancellor on Wednesday.', 'appointment', [], { personName: 'Tom Hale', org: 'Germany', position: 'Chancellor' }],
  // a pronoun in a relative clause means the one the clause is about
  ['Acme said it had appointed Anna Berg as its new chief executive, succeeding Tom Hale, who announced his retirement in September.', 'departure', [], { personName: 'Tom Hale' }],
  // "has not ruled out another bid" keeps a candidacy open
  ['Senator Tom Hale, who challenged the leader in 2022, has not ruled out another bid.', 'candidacy', [], { personName: 'Tom Hale' }],
  // "A of Texas and B are the candidates to succeed him": him is neither A nor B
  ['Ian Moss has led the party since 2007. Senators Tom Hale of South Dakota and Anna Berg of Texas are seen as the leading candidates to succeed him.', 'succession', [], { personName: 'Anna Berg', object: 'Ian Moss', certainty: 'possible' }],
  // handing over and taking the helm; a phrasal past ("stepped down") is past
  ['Tom Hale stepped down as chief executive on Monday and handed the reins to finance chief Anna Berg.', 'appointment', [['Monday', '2024-04-29']], { personName: 'Anna Berg', details: expect.objectContaining({ tense: 'past' }) }],
  ['Tom Hale stepped down as chief executive on Monday.', 'departure', [['Monday', '2024-04-29']], { personName: 'Tom Hale', details: expect.objectContaining({ tense: 'past' }) }],
  ['Ian Moss took the helm at the company in 2003.', 'appointment', [['2003', '2003']], { personName: 'Ian Moss', date: '2003' }],
  // a reappointment is a new term for the holder, and "her second term ... until" gives its end
  ['Members on Friday reappointed Anna Berg to a second four-year term as director-general.', 'extension', [['Friday', '2024-11-29']], { personName: 'Anna Berg' }],
  ['Anna Berg was reappointed. Her second term will start on Sept. 1, 2025, and run until Aug. 31, 2029.', 'extension', [['Sept. 1, 2025', '2025-09-01'], ['Aug. 31, 2029', '2029-08-31']], { personName: 'Anna Berg', until: '2029-08-31' }],
  // "took charge"; "the resignation of his predecessor X" is X's; "by three years" is a duration
  ['Tom Hale took charge in December 2018 after the sudden resignation of his predecessor Ian Moss.', 'appointment', [['December 2018', '2018-12']], { personName: 'Tom Hale', date: '2018-12' }],
  ['Tom Hale took charge in December 2018 after the sudden resignation of his predecessor Ian Moss.', 'departure', [['December 2018', '2018-12']], { personName: 'Ian Moss' }],
  ['The government is likely to extend Governor Tom Hale\'s term by three years.', 'extension', [], { personName: 'Tom Hale', details: expect.objectContaining({ duration: 'P3Y' }) }],
  // an interim post is an appointment, not an extension; a participle takes the tense of the verb before it
  ['Finance chief Anna Berg will serve as interim CEO until a permanent replacement is found.', 'appointment', [], { personName: 'Anna Berg' }],
  ['Tom Hale became chief executive in February 2020, succeeding Ian Moss.', 'succession', [['February 2020', '2020-02']], { personName: 'Tom Hale', object: 'Ian Moss', details: expect.objectContaining({ tense: 'past' }) }],
  // competing to replace is a race, not a succession yet
  ['Foreign Secretary Anna Berg and Ian Moss will compete to replace Tom Hale as party leader.', 'succession', [], { personName: 'Ian Moss', object: 'Tom Hale', certainty: 'possible' }],
  // the person's present post in an apposition, with its organisation, is not the post taken
  ['Anna Berg, 66, currently chief executive of the World Bank, will take office on Monday.', 'appointment', [['Monday', '2024-05-06']], { personName: 'Anna Berg', details: expect.objectContaining({ positionImplied: true, orgImplied: true }) }],
  // "Acme chairman X": a name before a company officer's title is the company, and so are its other mentions
  ['Acme said Anna Berg would take over as chief executive. "She is the right choice," Acme chairman Tom Hale said.', 'appointment', [], { personName: 'Anna Berg', org: 'Acme' }],
];

const da: Row[] = [
  ['Lars Hansen har været direktør i Danske Bank siden 2019.', 'holds', [], { personName: 'Lars Hansen', org: 'Danske Bank', date: '2019' }],
  // "er valgt som ny formand" is done; "har konstitueret X som direktør" appoints X
  ['Eva Holm er valgt som ny landsformand for partiet.', 'appointment', [], { personName: 'Eva Holm', details: expect.objectContaining({ tense: 'past' }) }],
  ['Bestyrelsen har konstitueret finansdirektør Lars Hansen som administrerende direktør.', 'appointment', [], { personName: 'Lars Hansen', position: 'Chief Executive' }],
  // a company with no legal form: the name that appoints, named again; not "Bestyrelsen"
  ['Acme Foods udnævner ny topchef. Acme Foods har udnævnt Lars Hansen som ny administrerende direktør.', 'appointment', [], { personName: 'Lars Hansen', org: 'Acme Foods' }],
  ['Bestyrelsen har udnævnt Lars Hansen som ny administrerende direktør. Bestyrelsen er glad.', 'appointment', [], { personName: 'Lars Hansen', org: null }],
  // a company that replaces its chief names the post's organisation too; the board does not
  ['Acme Foods skifter topchef. Acme Foods har besluttet at udskifte administrerende direktør Lars Hansen. Han stopper til sommer.', 'departure', [], { personName: 'Lars Hansen', org: 'Acme Foods' }],
  ['Bestyrelsen skifter topchef. Bestyrelsen har besluttet at udskifte administrerende direktør Lars Hansen. Han stopper til sommer.', 'departure', [], { personName: 'Lars Hansen', org: null }],
  // leaving the post early is a departure, and "the possible successors" are candidates
  ['Centralbankchef Eva Holm overvejer at forlade posten før tid.', 'departure', [], { personName: 'Eva Holm', certainty: 'likely' }],
  ['Blandt de mulige afløsere nævnes Lars Hansen og Jens Berg.', 'candidacy', [], { personName: 'Jens Berg' }],
  // "borgmester i X" names the town; the pronoun of a reported clause inside a relative clause
  ['Rådmand Lars Hansen bliver ny borgmester i Aarhus. Han afløser Jens Berg, der tirsdag meddelte, at han stopper.', 'departure', [['tirsdag', '2024-04-30']], { personName: 'Jens Berg', org: 'Aarhus' }],
  // "formand for X" names an organisation; "trækker sig som formand" leaves the post; "overtager posten som" takes it
  ['Lise Holm trækker sig med øjeblikkelig virkning som formand for Fagbevægelsens Hovedorganisation.', 'departure', [], { personName: 'Lise Holm', org: 'Fagbevægelsens Hovedorganisation' }],
  ['Næstformand Lars Hansen overtager posten som konstitueret formand.', 'appointment', [], { personName: 'Lars Hansen' }],
  // "bliver Danmarks nye statsminister": the subject takes the post, in the country written before it
  ['Venstres formand, Lars Hansen, bliver Danmarks nye statsminister.', 'appointment', [], { personName: 'Lars Hansen', position: 'Prime Minister', org: 'Denmark' }],
  ['Bestyrelsen har forlænget kontrakten, så Lars Hansen skal være direktør frem til sommeren 2026.', 'extension', [['sommeren 2026', '2026-SU']], { until: '2026-SU' }],
  ['Herhjemme har rygterne svirret om, at statsminister Eva Holm var kandidat til posten.', 'candidacy', [], { personName: 'Eva Holm', details: expect.objectContaining({ role: 'statsminister' }) }],
  ['Det er oplyst, at Eva Holm er den eneste kandidat til posten som formand.', 'candidacy', [], { personName: 'Eva Holm', details: expect.objectContaining({ status: 'only candidate' }) }],
  ['Eva Holm skal efterfølge Lars Hansen som formand.', 'succession', [], { personName: 'Eva Holm', object: 'Lars Hansen' }],
  // the genitive names the one succeeded, whoever comes after the cue succeeds
  ['Lars Hansen går af. Ifølge avisen er Lars Hansens mest sandsynlige efterfølger partiets ordfører, Eva Holm.', 'succession', [], { personName: 'Eva Holm', object: 'Lars Hansen' }],
  ['Lars Hansen går af som formand for Moderaterne.', 'departure', [], { personName: 'Lars Hansen', org: 'Moderaterne' }],
  ['Mærsks bestyrelse har udpeget Eva Holm som ny administrerende direktør.', 'appointment', [], { personName: 'Eva Holm', org: 'Maersk' }],
  // a passive succession names the successor after "af"; "tiltræder" names its subject before it
  ['Topchef Lars Hansen stopper ved årsskiftet. Han afløses af Eva Holm.', 'succession', [], { personName: 'Eva Holm', object: 'Lars Hansen' }],
  ['Eva Holm tiltræder som topchef 1. januar 2023.', 'appointment', [['1. januar 2023', '2023-01-01']], { personName: 'Eva Holm', position: 'Chief Executive', date: '2023-01-01' }],
  // the post in the successor's relative clause is theirs, not the one succeeded to; a withdrawal in a subordinate clause
  ['Formand Lars Hansen går af. Han afløses af Eva Holm, der i dag er fungerende forsvarsminister.', 'succession', [], { personName: 'Eva Holm', object: 'Lars Hansen', position: 'Chair' }],
  ['Næstformand Eva Holm meddeler, at hun ikke stiller op til formandsposten.', 'withdrawal', [], { personName: 'Eva Holm' }],
  // the organisation the article names most, in its lead, also in the Danish genitive
  ['Eva Holm bliver ny nationalbankdirektør og formand for Nationalbankens direktion. Hun afløser Lars Hansen. Nationalbanken bekræfter.', 'succession', [], { personName: 'Eva Holm', org: 'Danmarks Nationalbank' }],
  ['Eva Holm bliver ny overborgmester i Københavns Kommune. Hun afløser Lars Hansen.', 'succession', [], { personName: 'Eva Holm', org: 'Københavns Kommune', position: 'Mayor' }],
  // a perfect passive with words between ('er som ventet blevet valgt som'); a strong past ('trak sig') is past
  ['Lars Hansen er som ventet blevet valgt som ny formand for partiet.', 'appointment', [], { personName: 'Lars Hansen', details: expect.objectContaining({ tense: 'past' }) }],
  ['Han afløser Eva Holm, der trak sig efter valget i november.', 'withdrawal', [['november', '2022-11']], { personName: 'Eva Holm', details: expect.objectContaining({ tense: 'past' }) }],
  ['Ifølge Altinget har et flertal af folketingsgruppen bakket op om Lars Hansen.', 'backing', [], { personName: 'Lars Hansen' }],
  // a reappointment is a new term
  ['Regeringen har besluttet at genudnævne nationalbankdirektør Lars Hansen for en ny periode.', 'extension', [], { personName: 'Lars Hansen' }],
  ['Ifølge Børsen er Lars Hansen, der i dag er topchef for ISS, blandt favoritterne.', 'candidacy', [], { personName: 'Lars Hansen' }],
  // Danish inverted order: the subject stands between the verb and its object ("I stedet overtager X posten")
  ['I stedet overtager rådmand Lars Hansen posten efter nytår, oplyser partiet.', 'appointment', [], { personName: 'Lars Hansen' }],
  // candidacies: standing as, a compound candidate noun; holding: sitting in the post since
  ['Venstres formand Lars Hansen meddelte fredag, at han stiller op som statsministerkandidat.', 'candidacy', [], { personName: 'Lars Hansen' }],
  ['Lars Hansen har også meldt sig som kandidat til statsministerposten.', 'candidacy', [], { personName: 'Lars Hansen', position: 'Prime Minister' }],
  ['Han udfordrer statsminister Eva Holm, der har siddet på posten siden juni 2019.', 'holds', [['juni 2019', '2019-06']], { personName: 'Eva Holm', date: '2019-06' }],
  ['Formand Lars Hansen har ikke meldt ud, om han fortsætter på posten.', 'extension', [], { personName: 'Lars Hansen', certainty: 'uncertain' }],
  ['Også sidste år blev Lars Hansen forlænget med et år.', 'extension', [], { personName: 'Lars Hansen', details: expect.objectContaining({ duration: 'P1Y', tense: 'past' }) }],
  // an adverb with Danish letters between the auxiliary and the participle; a headline's bare participle
  ['Lars Hansen blev lørdag valgt som formand for Venstre.', 'appointment', [], { personName: 'Lars Hansen', position: 'Chair', org: 'Venstre' }],
  ['Lars Hansen vender tilbage som administrerende direktør.', 'appointment', [], { personName: 'Lars Hansen', position: 'Chief Executive' }],
  // "expect support": the one who expects it is backed
  ['Lars Hansen kan vente støtte fra SF, hvor Eva Holm siger ja.', 'backing', [], { personName: 'Lars Hansen' }],
  ['Lars Hansen siger, at han vil gå af som formand.', 'departure', [], { personName: 'Lars Hansen' }],
  ['Lars Hansen valgt som ny formand for Venstre', 'appointment', [], { personName: 'Lars Hansen', position: 'Chair' }],
  ['Næstformand Lars Hansen overtager som konstitueret formand, indtil partiet vælger en ny.', 'appointment', [], { personName: 'Lars Hansen', position: 'Chair' }],
  // taking over "the top post" (one word) is an appointment; its subject before the verb
  ['Banken har fundet en ny administrerende direktør. Lars Hansen overtager topposten den 1. juni, oplyser banken fredag.', 'appointment', [], { personName: 'Lars Hansen' }],
  // "er ny formand for", a rival in an apposition, "peget på X" as backing (not "peger på, at")
  ['Lars Hansen er ny formand for Dansk Folkeparti.', 'appointment', [], { personName: 'Lars Hansen', position: 'Chair', org: 'Dansk Folkeparti' }],
  ['Lars Hansen fik 499 stemmer. Hans to modkandidater, det tidligere folketingsmedlem Eva Holm og byrådsmedlem Ole Berg, fik 219 og 104 stemmer.', 'candidacy', [], { personName: 'Ole Berg' }],
  ['Hun var blandt fem folketingsmedlemmer, der på forhånd havde peget på Lars Hansen.', 'backing', [], { personName: 'Lars Hansen' }],
  // a monarch abdicates and hands the throne to the heir
  ['Dronning Eva Holm meddelte, at hun abdicerer den 14. januar og overlader tronen til sin ældste søn, kronprins Lars Berg.', 'departure', [['14. januar', '2024-01-14']], { personName: 'Eva Holm', position: 'Monarch' }],
  ['Dronning Eva Holm meddelte, at hun abdicerer den 14. januar og overlader tronen til sin ældste søn, kronprins Lars Berg.', 'succession', [], { personName: 'Lars Berg', object: 'Eva Holm' }],
  // a deputy chair is another post than the chair
  ['Eva Holm blev samtidig valgt som ny næstformand.', 'appointment', [], { personName: 'Eva Holm', position: 'Deputy Chair' }],
];

/** A table row's check: the sentence gives at least one statement of the type, one of them as expected. */
const findsEvent = (language: string) => (text: string, type: string, dates: DateRow[], expected: Record<string, unknown>): void => {
  const doc = syntheticDocument('t.txt', text, { dates, date: '2024-05-01', language });
  const found = doc.events.filter((e) => e.type === type);
  expect(found.length).toBeGreaterThan(0);
  expect(found).toContainEqual(expect.objectContaining(expected));
};

describe('succession events (English)', () => {
  it.each(en)('%s -> %s', findsEvent('en'));
});

describe('the post of a statement', () => {
  it('takes the article\'s post for "the front-runner for the job", not another post in the sentence', () => {
    const doc = syntheticDocument('t.txt', 'EU leaders nominated Anna Berg as president of the European Central Bank. Tom Hale had long been seen as the front-runner for the job, but he lost out in a deal that put Eva Holm forward as head of the European Commission.', { date: '2024-05-01' });
    expect(doc.events.find((e) => e.personName === 'Tom Hale')).toMatchObject({ type: 'candidacy', org: 'European Central Bank', position: 'President' });
  });
  it('does not take the organisation of those who act ("EU leaders are expected to appoint her") for the post\'s', () => {
    const doc = syntheticDocument('t.txt', 'Anna Berg will become president of the European Central Bank in November. EU leaders are expected to formally appoint Anna Berg at a summit in October.', { date: '2024-05-01' });
    expect(doc.events.filter((e) => e.type === 'appointment').map((e) => [e.personName, e.org])).toEqual([['Anna Berg', 'European Central Bank'], ['Anna Berg', 'European Central Bank']]);
  });
});

describe('backers', () => {
  it('does not take the object of a coordinated verb for the backer ("U.S. blocks X as WTO head, backs Y")', () => {
    const doc = syntheticDocument('t.txt', 'U.S. blocks Anna Berg as WTO head, backs trade minister Tom Hale.', { date: '2024-05-01' });
    const backing = doc.events.find((e) => e.type === 'backing');
    expect(backing?.personName).toBe('Tom Hale');
    expect(backing?.details?.backer).not.toBe('Anna Berg');
  });
  it('takes the name after a conjunction, not the person of the clause before it ("... succeed Tom Hale as Unite backs Anna Berg")', () => {
    const doc = syntheticDocument('t.txt', 'Eva Holm leads race to succeed Tom Hale as Unite backs Anna Berg', { date: '2024-05-01' });
    expect(doc.events.find((e) => e.type === 'backing')).toMatchObject({ personName: 'Anna Berg', details: expect.objectContaining({ backer: 'Unite' }) });
  });
  it('keeps every country or organisation of the list ("France, Germany and Britain back X")', () => {
    const doc = syntheticDocument('t.txt', 'The European Union, Japan and China all support Anna Berg for the post.', { date: '2024-05-01' });
    expect(doc.events.find((e) => e.type === 'backing')?.details?.backers).toEqual(['European Union', 'Japan', 'China']);
  });
  it('names one backer alone as before', () => {
    const doc = syntheticDocument('t.txt', 'Hungary opposes Anna Berg for the post.', { date: '2024-05-01' });
    expect(doc.events.find((e) => e.type === 'opposition')?.details?.backers).toBeUndefined();
  });
});

describe('people of the people stage', () => {
  it('keeps a surname that is also a month when the people stage found the person ("Theresa May")', () => {
    const doc = processDocument({ id: 't.txt', text: 'Theresa May will become Britain\'s prime minister on Wednesday.' }, { language: 'en', date: '2016-07-11' });
    expect(doc.events).toContainEqual(expect.objectContaining({ type: 'appointment', personName: 'Theresa May', position: 'Prime Minister', org: 'United Kingdom' }));
  });
});

describe('succession events (Danish)', () => {
  it.each(da)('%s -> %s', findsEvent('da'));
});

describe('events carry provenance', () => {
  it('code-point offsets and the evidence sentence', () => {
    const text = '😀 Intro line.\nGovernor Anna Berg has led the central bank since 2013.';
    const doc = syntheticDocument('t.txt', text);
    const e = doc.events.find((x) => x.type === 'holds');
    expect(e).toBeDefined();
    expect([...text].slice(e?.start, e?.end).join('')).toBe(e?.text);
    expect(e?.evidence.rule).toBe('events/holds');
    expect(e?.evidence.sentenceText).toContain('since 2013');
  });
});

describe('people listed after a candidacy cue', () => {
  it('leaves out the one named in a listed person\'s relative clause', () => {
    const doc = syntheticDocument('t.txt', 'Two women also ran in the first round: Anna Berg, who was backed by Tom Hale, and Eva Holm.', { date: '2024-05-01' });
    expect(doc.events.filter((e) => e.type === 'candidacy').map((e) => e.personName)).toEqual(['Anna Berg', 'Eva Holm']);
  });
});

describe('"his successor" with no successor named', () => {
  it('makes nobody a successor: "his" is the sentence\'s own subject', () => {
    const doc = syntheticDocument('t.txt', 'Anna Berg is popular. Tom Hale will stay on as caretaker until his successor is chosen in May.', { date: '2024-05-01' });
    expect(doc.events.filter((e) => e.type === 'succession')).toEqual([]);
  });
});

describe('a post our list does not know', () => {
  it('is the holder\'s own title when the text names no other post', () => {
    const doc = processDocument({ id: 't.txt', text: 'Regeringen vil forlænge rigspolitichef Lars Olsens kontrakt med to år.' }, { language: 'da' });
    expect(doc.events).toContainEqual(expect.objectContaining({ type: 'extension', personName: 'Lars Olsen', position: 'Rigspolitichef' }));
  });
});

describe('a government office with no country beside it', () => {
  const text = 'Japanese Prime Minister Tom Hale said on Wednesday he would not run again, clearing the way for a new prime minister. Hale took office in October 2021.';
  it('takes the country of the holder\'s own title ("Japanese Prime Minister X")', () => {
    const doc = processDocument({ id: 't.txt', text }, { date: '2024-08-14' });
    const pm = doc.events.filter((e) => e.position === 'Prime Minister');
    expect(pm.length).toBeGreaterThan(0);
    expect(pm.every((e) => e.org === 'Japan')).toBe(true);
  });
  it('but not the country of another office\'s title', () => {
    const doc = processDocument({ id: 't.txt', text: text.replace('Japanese Prime Minister Tom Hale', 'Japanese Foreign Minister Tom Hale') }, { date: '2024-08-14' });
    expect(doc.events.filter((e) => e.position === 'Prime Minister').every((e) => e.org === null)).toBe(true);
  });
});

describe('the speaker of a trailing attribution', () => {
  it('is not the one replaced ("looks for a permanent replacement, Finance Minister X said")', () => {
    const doc = syntheticDocument('t.txt', 'Anna Berg will serve as acting governor while the board looks for a permanent replacement, Finance Minister Tom Hale said.', { date: '2025-03-06' });
    expect(doc.events.filter((e) => e.type === 'succession')).toEqual([]);
    expect(doc.events).toContainEqual(expect.objectContaining({ type: 'appointment', personName: 'Anna Berg' }));
  });
});

describe('a favourite that is no candidacy', () => {
  it('is not a race ("the film was a favourite with critics")', () => {
    const doc = syntheticDocument('t.txt', 'Anna Berg said the film was seen as a favourite of the season.', { date: '2025-03-06' });
    expect(doc.events.filter((e) => e.type === 'candidacy' && e.personName === 'Anna Berg')).toEqual([]);
  });
});

describe('a passive award', () => {
  it('names no one to a post ("X was named best actress")', () => {
    const doc = syntheticDocument('t.txt', 'Anna Berg was named best actress at the awards on Monday.', { date: '2025-03-06' });
    expect(doc.events.filter((e) => e.type === 'appointment')).toEqual([]);
  });
});

describe('a term named as background', () => {
  it.each([
    'Governor Tom Hale has resigned, more than three years before his second five-year term was due to end in March 2028.',
    'Two years into her second term, Governor Anna Berg faces a crisis.',
    'Halfway through his third term, Prime Minister Tom Hale announced his resignation.',
  ])('is no new term: %s', (text) => {
    const doc = syntheticDocument('t.txt', text, { date: '2025-03-06' });
    expect(doc.events.filter((e) => e.type === 'extension')).toEqual([]);
  });
  it('while winning one still is', () => {
    const doc = syntheticDocument('t.txt', 'Governor Anna Berg was appointed to a second five-year term in 2023.', { date: '2025-03-06' });
    expect(doc.events).toContainEqual(expect.objectContaining({ type: 'extension', personName: 'Anna Berg' }));
  });
});

describe('nobody succeeds himself', () => {
  it('"propose X, its vice chairman, as his successor": his is someone named before X', () => {
    const text = 'Acme Bank said on Monday its chairman Tom Hale would not seek re-election in March, and that the board would propose Anna Berg, its vice chairman, as his successor.';
    const doc = processDocument({ id: 't.txt', text }, { date: '2024-01-22' });
    expect(doc.events).toContainEqual(expect.objectContaining({ type: 'succession', personName: 'Anna Berg', object: 'Tom Hale' }));
  });
});

describe('a candidacy whose post is the document\'s government office', () => {
  it('takes no party as its organisation ("Konservatives leder X har meldt sig som kandidat")', () => {
    const text = 'Statsminister Eva Holm har siddet på posten siden juni 2019. Konservatives leder Lars Hansen har også meldt sig som kandidat.';
    const doc = processDocument({ id: 't.txt', text }, { date: '2022-06-03', language: 'da' });
    const hansen = doc.events.filter((e) => e.personName === 'Lars Hansen' && e.type === 'candidacy');
    expect(hansen.length).toBe(1);
    expect(hansen[0]).toMatchObject({ position: 'Prime Minister', org: null });
  });
});

describe('a day before a title', () => {
  it('is no employer ("said on Tuesday chief executive X would step down")', () => {
    const text = 'Acme Foods said on Tuesday chief executive Tom Hale would step down and be replaced by finance chief Anna Berg. Acme Foods names Anna Berg as CEO.';
    const doc = processDocument({ id: 't.txt', text }, { date: '2025-02-25' });
    expect(doc.events.length).toBeGreaterThan(0);
    expect(doc.events.some((e) => e.org === 'Tuesday')).toBe(false);
  });
});

describe('staying on as an adviser', () => {
  it('is no extension of the post', () => {
    const doc = syntheticDocument('t.txt', 'Chief executive Tom Hale will remain available to the company as an adviser until the end of May.', { date: '2025-02-25' });
    expect(doc.events.filter((e) => e.type === 'extension')).toEqual([]);
  });
});

describe('a headline\'s passive with "to succeed"', () => {
  it('elects the one before the participle; the one after "to succeed" is succeeded', () => {
    const text = 'Tom Hale elected FIFA president to succeed Anna Berg\n\nTom Hale was elected president of FIFA on Friday.';
    const doc = processDocument({ id: 't.txt', text }, { date: '2016-02-26' });
    const elected = doc.events.filter((e) => e.type === 'appointment');
    expect(elected.length).toBeGreaterThan(0);
    expect(elected.every((e) => e.personName === 'Tom Hale')).toBe(true);
  });
});

describe('the head of a part of the organisation', () => {
  it('is not given the document\'s top post ("head of Acme\'s airplanes unit, will retire")', () => {
    const text = 'Acme Foods chief executive Tom Hale will step down at the end of the year, Acme Foods said. Carl Olsen, head of the company\'s frozen foods unit, will retire and be replaced by Anna Berg.';
    const doc = processDocument({ id: 't.txt', text }, { date: '2024-03-25' });
    expect(doc.events).toContainEqual(expect.objectContaining({ type: 'departure', personName: 'Tom Hale', position: 'Chief Executive' }));
    const olsen = doc.events.filter((e) => e.personName === 'Carl Olsen' || e.object === 'Carl Olsen');
    expect(olsen.length).toBeGreaterThan(0);
    expect(olsen.every((e) => e.position !== 'Chief Executive')).toBe(true);
  });
});
