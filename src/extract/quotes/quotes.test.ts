import { describe, expect, it } from 'vitest';
import { extractText } from '../../api.js';

// Whole-pipeline tables: the people stage runs first, as in production.
const quotes = (text: string, language = 'en') => extractText(text, { language }).quotes;

describe('quotation marks and speakers', () => {
  it.each([
    // [text, quote text, speaker name, speaker kind]
    ['“We will decide next week,” Maria Jensen said.', 'We will decide next week,', 'Maria Jensen', 'person'],
    ['"We will decide next week," said Tom Baker, a spokesman for the ministry.', 'We will decide next week,', 'Tom Baker', 'person'],
    ['Tom Baker told reporters: "There is no decision yet."', 'There is no decision yet.', 'Tom Baker', 'person'],
    ['Le ministre a dit «Nous verrons bien», said Anne Morel.', 'Nous verrons bien', 'Anne Morel', 'person'],
    ['»Vi tager en beslutning i næste uge,« siger Lars Holm.', 'Vi tager en beslutning i næste uge,', 'Lars Holm', 'person'],
    ['“The talks are going well,” a source close to the negotiations told Sputnik.', 'The talks are going well,', null, 'anonymous'],
    ['“The board has not met yet,” Reuters reported.', 'The board has not met yet,', 'Reuters', 'outlet'],
    // "it" after a quotation: the organisation that is the subject of the sentence before it
    ['The European Commission proposed new rules on Monday. “This is a historic step for our union,” it said in a statement.', 'This is a historic step for our union,', 'European Commission', 'organization'],
    ['“I am ready,” ― Carla Sanchez', 'I am ready,', 'Carla Sanchez', 'person'],
    ['Station manager Tom Baker commented: "Listeners can call the station at any time."', 'Listeners can call the station at any time.', 'Tom Baker', 'person'],
    // an opening mark typed for the closing one after the last full stop
    ['Tom Baker said on Monday: “The rate is 3 percent. For the young it is 9 percent.“ The agency did not respond.', 'The rate is 3 percent. For the young it is 9 percent.', 'Tom Baker', 'person'],
    // "Del." (Delegate) is a title, not the end of a sentence
    ['"The count is not over," state Del. Anna Holm (D-Richmond) told the crowd.', 'The count is not over,', 'Anna Holm', 'person'],
    // a quotation nested in another with the same marks
    ['“I would rather live in what he calls “the swamp” than in his country,” Carla Sanchez said.', 'I would rather live in what he calls “the swamp” than in his country,', 'Carla Sanchez', 'person'],
    // curly quotations inside a straight one
    ['"I cannot yell too much. It comes across as “too loud” or “too shrill,”" Anna Holm said.', 'I cannot yell too much. It comes across as “too loud” or “too shrill,”', 'Anna Holm', 'person'],
  ])('%s', (text, quote, name, kind) => {
    const q = quotes(text);
    expect(q).toHaveLength(1);
    expect(q[0].text).toBe(quote);
    expect(q[0].speaker?.name ?? null).toBe(name);
    expect(q[0].speaker?.kind).toBe(kind);
  });

  // a cue after "and"/"but" shares the subject of its clause; a phrase quoted in a sentence keeps its sentence's cue
  it.each([
    ['Maria Jensen praised the plan and said it was “a fair deal” for everyone.', 'a fair deal', 'Maria Jensen'],
    ['Tom Baker reviewed the "final draft" and said it was ready.', 'final draft', 'Tom Baker'],
    ['Anne Morel said Tom Baker was “simply wrong” when he said on Monday, “Nothing will change.”', 'simply wrong', 'Anne Morel'],
    ['In his report the doctor, Tom Baker, had typed “acute stress.”', 'acute stress.', 'Tom Baker'],
    // the owner of a statement noun speaks
    ['The newspaper examined Tom Baker’s claim that the city had received “thousands of complaints” last year.', 'thousands of complaints', 'Tom Baker'],
    // a possessive pronoun owns the statement too, and speaks for the person it refers to
    ['Tom Baker met the press. He repeated his prediction that the city would see “thousands of new jobs” next year.', 'thousands of new jobs', 'Tom Baker'],
    // a name in marks before the quotation does not hide the cue before it
    ['Anne Morel tells the radio show “Morning Talk” on Friday that “who was behind it” is still unclear.', 'who was behind it', 'Anne Morel'],
    // an earlier cue holds the clause ("said he thought"); a cue word after an article is a noun
    ['Anne Morel met Tom Baker and said he thought the plan was “simply wrong.”', 'simply wrong', 'Anne Morel'],
    ['Anne Morel said Tom Baker dismissed the reports as “simply wrong.”', 'simply wrong', 'Anne Morel'],
    // a participle right after a noun modifies it: the earlier cue speaks
    ['Anne Morel arrived late. She says Tom Baker’s posts accusing her of fraud are “lies and conspiracy theories from start to end.”', 'lies and conspiracy', 'Anne Morel'],
    ['After Tom Baker said the vote was close, Anne Morel issued a statement calling the result “a clear win for the whole party.”', 'a clear win', 'Anne Morel'],
    ['Though she praised Tom Baker, Anne Morel called for the plan to be “dropped at once.”', 'dropped at once', 'Anne Morel'],
    // an adverbial between commas is not the subject; a verb before "to say" has the subject; a heading in capitals names nobody
    ['Minister Anne Morel, at a later press briefing, said, “We have been told about the attack.”', 'We have been told', 'Anne Morel'],
    ['“It is insane,” Tom Baker said, going on to say that the town has spent “years fighting against this plan and all it stands for.”', 'years fighting', 'Tom Baker'],
    ['“We will appeal,” Tom Baker went on to say.', 'We will appeal', 'Tom Baker'],
    ['In a statement, Tom Baker said: "The plan was a success when it started," adding that its value had doubled in a year.', 'The plan was a success', 'Tom Baker'],
    ['However, Tom Baker characterized the minister as, “a little desperate, jumping in all the time and never waiting for his turn.”', 'a little desperate', 'Tom Baker'],
    // a whole quotation after a colon with no cue: the subject of the clause before the colon
    ['Tom Baker made the following comment:\n\n“For young people the rate is 51 percent, and it is rising.”', 'For young people', 'Tom Baker'],
    ['With party leaders worried about turnout, President Maria Jensen is rolling out a new message: "It is about me."', 'It is about me', 'Maria Jensen'],
    ['SHE HAS BEEN INVESTIGATED — Anne Morel’s advice drew attention, for saying that the pill was a “magic cure for every body type.”', 'magic cure', 'Anne Morel'],
    // a participle opening the sentence: the subject of the main clause after its comma speaks
    ['Bemoaning the "phony system," Tom Baker accused the host of bias.', 'phony system', 'Tom Baker'],
    ['Saying "we are done with this," Anne Morel left the room.', 'we are done', 'Anne Morel'],
    // the -ing forms of admit, acknowledge, concede, bemoan are participle cues
    ['Tom Baker resigned on Monday after admitting that the victims “do need to have their day in court.”', 'do need', 'Tom Baker'],
    ['Anne Morel spoke for an hour, conceding that the plan had been “a costly failure from the start.”', 'a costly failure', 'Anne Morel'],
  ])('the speaker of %s', (text, start, name) => {
    const q = quotes(text).find((x) => x.text.startsWith(start));
    expect(q?.speaker?.name).toBe(name);
  });

  // a quotation its cue introduces with a colon is that cue's, not the next sentence's
  it.each([
    ['Tom Baker branded the decision unacceptable, saying: "It is not householders who should be frightened, it is the burglars." Home Secretary Anna Holm said ministers had kept their pledge.', 'Tom Baker'],
    ['Maria Jensen spoke on the radio. She said: "We have had three positions in three months." The minister, Tom Baker, said she was wrong.', 'Maria Jensen'],
  ])('the introducing cue of %s', (text, name) => {
    expect(quotes(text)[0]?.speaker?.name).toBe(name);
  });

  // a cue word after "of" and a word is still a verb after a pronoun, as a participle or in the past tense
  it.each([
    ['Of the two, one of them claims the whole plan is “dead on arrival.”', 'claims'],
    ['The spot ends with footage of Tom Baker saying, “That makes me smart,” at the debate.', 'saying'],
    ['Asked about the plan, the mother of three replied, "It is meant to help every family."', 'replied'],
    ['Tom Baker scolded the board: "You had one job and you failed at it."', 'scolded'],
    ['"We will win this state," Anne Morel proclaimed at the rally.', 'proclaimed'],
  ])('the cue of %s', (text, cue) => {
    expect(quotes(text).map((q) => q.cue?.text)).toEqual([cue]);
  });

  it('reads "while chanting" as a participle whose subject opens the sentence', () => {
    const [q] = quotes('The marchers looped the streets around the stadium while chanting, "Hands up, do not shoot."');
    expect(q.evidence.rule).toBe('quotes/participle');
  });

  // a clause that only presents what follows the colon names no speaker
  it.each([
    ['Here is the full text of the message: “We are pleased with the result of the vote.”'],
    ['The agenda for the meeting was clear: “Budget first, and then the rest of the plan.”'],
    // a name in marks; capitalised words that only open the sentence and name nobody known
    ['The plan has a title: "The Good Circle Of Growth".'],
    ['Hør bare, hvordan instruktøren af filmen betegner ham:\n\n"Fyren er temmelig eksplosiv og ejer ikke talent for det."', 'da'],
  ])('no speaker before the colon in %s', (text, language = 'en') => {
    expect(quotes(text, language).map((q) => q.speaker?.kind)).toEqual(['unknown']);
  });

  // a pronoun speaks for the subject of its clause or of the sentence before, not the nearest name
  it.each([
    ['Hillary Clinton says she admired Alicia Machado for what she calls “a brave fight.”', 'a brave fight', 'Hillary Clinton'],
    ['Tom Baker met Anna Holm in Oslo on Monday.\n\n“We agreed on nothing,” he said.', 'We agreed on nothing', 'Tom Baker'],
    ['While Tom Baker spoke, the crowd cheered for Peter Holm, the mayor.\n\n“I am not finished yet,” he said.', 'I am not finished yet', 'Peter Holm'],
    // a quotation after a sentence that ends in its attribution, in the same paragraph
    ['Anna Holm talked about the budget. The talks may still fail, Tom Baker said. “We are far apart on taxes.”', 'We are far apart', 'Tom Baker'],
    // a subject pronoun right before the cue is the whole subject, after a fronted phrase with no comma
    ['Tom Baker spoke to the party. But on Friday he said: "I have tendered my resignation with immediate effect."', 'I have tendered', 'Tom Baker'],
    ['Tom Baker wants an inquiry into agencies that cost £1.8bn a year - cash he says "appears to be almost entirely wasted".', 'appears to be', 'Tom Baker'],
    // a relative clause closed by a comma climbs back to the subject, whatever words it holds ("as", "at")
    ['Mr Brown, who was not at the meeting, says he has been in "intensive talks" with other ministers.', 'intensive talks', 'Brown'],
    ['Tom Baker, who stepped down to stand as a candidate in the election, had suggested the rule would be met "with a margin to spare".', 'with a margin', 'Tom Baker'],
    // an apposition closed by a comma after a bare name climbs back to the name, whatever words it holds
    ['Otis Baker, a former pupil and joint leader of the town hunt, said: "I have no regrets."', 'I have no regrets', 'Otis Baker'],
    ['Liam Baker, Tory co-chairman, said the return was a sign of new "sinister and underhand tactics" by Labour.', 'sinister', 'Liam Baker'],
    // (not when the words between the commas are the name, nor to an adverb opening the sentence)
    ['Argentina’s President, Tom Baker, said on Friday: "A year ago we started the swap."', 'A year ago', 'Tom Baker'],
    ['Tom Baker spoke. However, he added that "perhaps the minister could feel rightly aggrieved".', 'perhaps', 'Tom Baker'],
    // a participle's subject: a sentence-opening pronoun, a title noun before a name; a sentence of its own
    // after the earlier quotation is not that quotation's speaker's
    ['"Their only answer is to tax," Tom Baker told MPs. He ended his response with a challenge to Labour, saying "bring it on".', 'bring it on', 'Tom Baker'],
    ['Anna Holm said: "We have got to find a way." The agency\'s former chief executive Tom Baker quit last autumn claiming he was "seriously disappointed" with it.', 'seriously', 'Tom Baker'],
    // not when the phrase holds a cue of its own: the earlier cue attributes the clause
    ['Tom Baker met the press. Anne Morel said he thought the plan was “simply wrong from the start.”', 'simply wrong', 'Anne Morel'],
  ])('the speaker by context of %s', (text, start, name) => {
    const q = quotes(text).find((x) => x.text.startsWith(start));
    expect(q?.speaker?.name).toBe(name);
  });

  // a manner adverb before the cue is no speaker
  it.each([
    ['Anne Holm made a comment that egregiously described the plan as “a total fraud on every voter.”'],
    ['The report that repeatedly and wrongly called the plan “a total fraud on every voter” was withdrawn.'],
  ])('no adverb for a speaker in %s', (text) => {
    expect(quotes(text).map((q) => q.speaker?.text ?? '').filter((t) => /ly$/.test(t))).toEqual([]);
  });

  // "it" is never a person: the organisation that is the subject of its sentence, else nobody known
  it.each([
    ['The Security Council on Friday pledged new sanctions against what it called “a clear threat to international peace and security.”', 'organization'],
    ['Tom Baker spoke first at the meeting.\n\n“The plan has failed and must be dropped,” it said.', 'unknown'],
  ])('the speaker "it" in %s', (text, kind) => {
    expect(quotes(text).map((q) => q.speaker?.kind)).toEqual([kind]);
  });

  // capitalised words the people stage did not take for a person: a lone word is a company or body,
  // a title is a person, a common word opening the sentence names nobody
  it.each([
    ['“The figures are good,” Boeing said.', 'Boeing', 'organization'],
    ['“We are not for sale,” Warner Brothers said.', 'Warner Brothers', 'organization'],
    ['“The scheme will go ahead,” the Culture Secretary said.', 'Culture Secretary', 'person'],
    ['“I am ready,” the Queen said.', 'Queen', 'person'],
    ['“Nothing has changed,” Some said.', null, 'unknown'],
    // an honorific before capitalised words names a person; letters after a name are no part of it
    ['"I think the remark was ill-advised," Mr Law said.', 'Law', 'person'],
    ['Home Office minister Baroness Scotland said: "Murder is the most serious crime."', 'Scotland', 'person'],
    ['Former prime minister Sir John Major spoke on Monday. Sir John added: "I do not think he will."', 'John Major', 'person'],
    ['The chairman of the Bar Council, Anna Holm QC, said: "There is a real risk."', 'Anna Holm', 'person'],
    ['"There is a real risk," Guy Mansfield QC said.', 'Guy Mansfield', 'person'],
    ['"The threat is real," the Salford MP told the committee.', null, 'person'],
    // (not an honorific before lower-case words, nor a lone word that is not an honorific)
    ['Responding to Ms James, the council said: "We are sorry."', 'council', 'organization'],
  ])('the kind of the unknown speaker in %s', (text, name, kind) => {
    const [q] = quotes(text);
    expect([q?.speaker?.name, q?.speaker?.kind]).toEqual([name, kind]);
  });

  it('takes a name ending in \'s before "said" for the speaker, not a possessive', () => {
    const [q] = quotes('Foster\'s said: "The merger will create a global brewer."');
    expect(q?.speaker?.text).toBe("Foster's");
  });

  it('keeps the outlet a quote came through', () => {
    const [q] = quotes('“Nothing is agreed yet,” the source told Sputnik.');
    expect(q.speaker?.kind).toBe('anonymous');
    expect(q.speaker?.via).toBe('Sputnik');
  });

  it('joins a quote interrupted by its attribution', () => {
    const q = quotes('“We are ready,” Maria Jensen said on Monday. “The allies must now decide.”');
    expect(q).toHaveLength(1);
    expect(q[0].text.startsWith('We are ready')).toBe(true);
    expect(q[0].text.endsWith('must now decide.')).toBe(true);
    expect(q[0].speaker?.name).toBe('Maria Jensen');
  });

  it('joins a partial quote interrupted by its attribution and an adverb after "and"', () => {
    const q = quotes('Tom Baker "signed the deal early," Anna Holm said, and still "kept his seat at the table when the board met."');
    expect(q.map((x) => x.parts?.length ?? 1)).toEqual([2]);
    expect(q[0].speaker?.name).toBe('Anna Holm');
  });

  // a phrase quoted in the writer's sentence, then a new quotation with a capital: two quotations when the
  // phrase ends its sentence or its sentence has a cue before it; otherwise one statement interrupted
  it.each([
    ['She says Tom Baker represents the “same old system that he claims he will change.” She adds, “What kind of leader loses a billion dollars?”', 2],
    ['Anna Holm said she chose the law because “most people do not know about that loophole,” she said. “We have no context otherwise.”', 2],
    ['The summit accomplished "too little," Tom Baker added on Monday. "Without changes, Europe risks a lot."', 1],
    ['Both parties "saw the country as a partner under pressure," said Anna Holm, a former adviser. "In that sense, it was easy."', 1],
    // the second quotation introduced by a participle of the same sentence: one statement interrupted
    ['Tom Baker said the minister had spoken with "such sincerity", adding: "He went beyond what we thought he would."', 1],
    // the attribution goes on to a new point: the next quotation is a statement of its own
    ['"We are looking at the needs of the people," Tom Baker said, going on to contrast the two plans. "So I would say: look at the issues."', 2],
    // British style, the mark before the full stop: the attribution between ends a sentence
    ['Anna Holm said the party was "hiding away from the media". On the leader\'s role, Tom Baker said: "She has already been campaigning."', 2],
    // an attribution that ends its paragraph, then a paragraph that only goes on with the quotation: one quotation
    ['"The threat is most likely to come from abroad," the minister told the committee.\n\n"It means some of our powers will be felt by one community."', 1],
    // (not when the next paragraph's quotation has an attribution of its own, or the paragraph ends without a full stop)
    ['"The threat is most likely to come from abroad," the minister told the committee.\n\n"It means some of our powers will be felt," she added.', 2],
    ['"The threat is most likely to come from abroad," the minister told the committee\n\n"It means some of our powers will be felt by one community."', 2],
    // (nor when prose goes on after a phrase quoted in it, with no punctuation closing the piece)
    ['Tom Baker is angry. The "mongrel" attack, he says, is just the latest example of the party getting the tone wrong.\n\n"I have to say I do not understand what they are doing."', 2],
  ])('pieces of %s', (text, n) => {
    expect(quotes(text)).toHaveLength(n);
  });

  // a sentence between two quotations that holds a cue of its own attributes the second one
  it.each([
    ['"We will not go," said Tom Baker. The opposition plans to fight the bill, and its spokesman Anna Holm said: "We will vote against it."', ['Tom Baker', 'Anna Holm']],
    ['"We will not go," said Tom Baker. He did not elaborate. "Our goal is to set some norms for everyone."', ['Tom Baker']],
    // a quotation that ended its sentence, then a cue word with no subject: the next sentence, not an attribution
    ['"The cake will be bigger for everybody," said Tom Baker. "Turkey will not be a burden." If admitted, it would pay in.', ['Tom Baker', 'Tom Baker']],
    // "X quoted Y as saying": Y speaks; "Y was quoted by X as saying": Y too
    ['"It is above all a question of sovereignty," Reuters quoted the central bank governor Tom Baker as saying.', ['Tom Baker']],
    ['Chief executive Tom Baker was quoted by the Daily Courier as saying the airline could no longer remain "all-Australian in every way it works."', ['Tom Baker']],
    // a manner adverb between the subject and its cue
    ['As for the future, Anna Holm firmly believes in short films. "You are left more to your own devices."', ['Anna Holm']],
  ])('the quotations and speakers of %s', (text, names) => {
    expect(quotes(text).map((q) => q.speaker?.name)).toEqual(names);
  });

  it('joins a quote interrupted by an attribution that mentions another verb', () => {
    const q = quotes('"We are ready," Maria Jensen said after the meeting she was called to. "The allies must now decide."');
    expect(q).toHaveLength(1);
    expect(q[0].text.endsWith('must now decide.')).toBe(true);
  });

  it('joins a quote interrupted by an attribution that names a show in quotation marks', () => {
    const q = quotes('“He is right. There is a gap,” Tom Baker, a top adviser, said on the radio show “Good Morning Town.” “I mean, there is a lot of anger in the ranks.”');
    expect(q.map((x) => x.parts?.length ?? 1)).toEqual([2]);
    expect(q[0].speaker?.name).toBe('Tom Baker');
  });

  it('does not start a quotation at a title before an attribution', () => {
    const q = quotes('Anna Holm took calls on her "Keep It Real" radio program, where listeners said they had doubts. "It was a wake-up call," Anna Holm said.');
    expect(q.map((x) => x.text)).toEqual(['It was a wake-up call,']);
    expect(q[0].speaker?.name).toBe('Anna Holm');
  });

  it('reads past a nickname in quotation marks to the cue', () => {
    const q = quotes('"This is a big year for us!" his niece, Marcia "Cia" Price, shouted to the crowd.');
    expect(q.map((x) => x.text)).toEqual(['This is a big year for us!']);
    expect(q[0].speaker?.name).toMatch(/Price$/);
  });

  it('joins a quote that runs over paragraphs', () => {
    const q = quotes('Maria Jensen said:\n\n“The first part of the answer is long.\n\n“And the second part ends here,” she said.');
    expect(q).toHaveLength(1);
    expect(q[0].text).toContain('second part ends here');
  });

  it('resolves "he added" to the person named before', () => {
    const q = quotes('"We are in a crucial phase," Tom Baker said in an interview. "It is important that we act now," he added.');
    expect(q).toHaveLength(2);
    expect(q[1].speaker?.text).toBe('he');
    expect(q[1].speaker?.name).toBe('Tom Baker');
  });

  it('reads Danish dash lines and their attribution', () => {
    const q = quotes('Tirsdag spurgte DR Lars Holm om sagen.\n\n- Jeg har ikke mere at tilføje, svarede han ifølge VG.\n', 'da');
    expect(q).toHaveLength(1);
    expect(q[0].text).toBe('Jeg har ikke mere at tilføje');
    expect(q[0].speaker?.name).toBe('Lars Holm');
    expect(q[0].speaker?.via).toBe('VG');
  });

  // after the attribution, a second dash on the same line opens the same speaker's next quotation
  it.each([
    ['- Det er en stor dag, siger Lars Holm til DR. - Jeg er dybt rørt over beslutningen.\n', ['Det er en stor dag', 'Jeg er dybt rørt over beslutningen.']],
    ['- Vi er klar, svarede Lars Holm. - Men vi venter på ministeren. - Det tager tid.\n', ['Vi er klar', 'Men vi venter på ministeren.', 'Det tager tid.']],
  ])('splits a dash line with a second dash: %s', (text, parts) => {
    const q = quotes(text, 'da');
    expect(q.map((x) => x.text)).toEqual(parts);
    expect(q.map((x) => x.speaker?.name)).toEqual(parts.map(() => 'Lars Holm'));
  });

  it('keeps a dash inside a sentence as part of the quotation', () => {
    const q = quotes('- Vi har - som alle ved - ikke mere at sige, siger Lars Holm.\n', 'da');
    expect(q.map((x) => x.text)).toEqual(['Vi har - som alle ved - ikke mere at sige']);
  });

  // "siger hun og tilføjer:": the subject after an inverted cue is the coordinated cue's subject too
  it.each([
    ['Lars Holm stod i døren.\n\n- Vi har gjort vores arbejde, siger han og tilføjer:\n\n- Nu er det op til vælgerne.\n', 'da', 'Lars Holm'],
    ['"We have done our work," said Tom Baker, and added: "Now it is up to the voters."', 'en', 'Tom Baker'],
  ])('gives the coordinated cue the inverted subject: %s', (text, language, name) => {
    const q = quotes(text, language);
    expect(q.length).toBeGreaterThan(0);
    expect(q.map((x) => x.speaker?.name)).toEqual(q.map(() => name));
  });

  // a gendered pronoun is not the last person of the other gender; one unnamed source as the subject of the
  // sentence before is who "han" means; a Danish adverb of time ends the speaker's name
  it.each([
    ['Dronning Margrethe overlader tronen til kronprins Frederik.\n\n- Jeg har besluttet, at det er nu, sagde hun.\n', 'Margrethe', 'person'],
    ['Prins Christian bliver kronprins.\n\nEn kongehusekspert siger til Politiken, at beslutningen overraskede.\n\n- Men hun har altid haft en fornemmelse for timing, siger han.\n', null, 'anonymous'],
    ['Thomas Borgen gik af i september.\n\n- Det står klart, at banken har svigtet, sagde Thomas Borgen dengang.\n', 'Thomas Borgen', 'person'],
    // a title with the Danish definite ending describes the one holder of that title
    ['Dronning Eva Holm talte mandag.\n\n- Vi vinder afstemningen, sagde dronningen.\n', 'Eva Holm', 'person'],
    ['Statsminister Eva Holm talte mandag.\n\n- Vi vinder afstemningen, sagde statsministeren.\n', 'Eva Holm', 'person'],
  ])('the Danish speaker of %s', (text, name, kind) => {
    const q = quotes(text, 'da');
    expect(q.map((x) => [x.speaker?.name ?? null, x.speaker?.kind])).toEqual([[name, kind]]);
  });

  // an inverted subject pronoun takes no words after it ("svarede han lidt usikkert"); "den" may open a noun phrase
  it.each([
    ['Lars Holm stod i døren.\n\n»Hvad tid skal jeg vente dig?« spurgte han lidt usikkert.', 'han'],
    ['»Vi skal se på sagen igen,« sagde den nye minister Lars Holm.', 'den nye minister Lars Holm'],
  ])('the Danish speaker words of %s', (text, words) => {
    expect(quotes(text, 'da').map((q) => q.speaker?.text)).toEqual([words]);
  });

  it.each([
    ['Ifølge Lars Holm er forslaget »et stort skridt i den rigtige retning« for hele landet.', 'Lars Holm'],
    ['Ifølge DR vil regeringen »se på sagen igen« inden jul.', 'DR'],
  ])('ends a fronted Danish source at the verb after it: %s', (text, name) => {
    expect(quotes(text, 'da').map((q) => q.speaker?.name)).toEqual([name]);
  });

  it('marks a quoted phrase inside an attributed sentence as partial', () => {
    const [q] = quotes('Any arms supplies, according to Foreign Minister Ivan Petrov, would be "legitimate targets" for the army.');
    expect(q.partial).toBe(true);
    expect(q.text).toBe('legitimate targets');
    expect(q.speaker?.name).toBe('Ivan Petrov');
  });

  it('gives kind unknown when nothing names a speaker', () => {
    const [q] = quotes('“This is a long quotation that nobody is said to have spoken.”');
    expect(q.speaker?.kind).toBe('unknown');
    expect(q.speaker?.name).toBeNull();
  });

  it('gives code-point offsets', () => {
    const text = '😀 “We will decide next week,” Maria Jensen said.';
    const [q] = quotes(text);
    expect([...text].slice(q.start, q.end).join('')).toBe(q.text);
  });
});
