import { describe, expect, it } from 'vitest';
import { datesOf, findDate } from './test-helper.js';

// [sentence, document date, span, TIMEX3 value, type?, mod?]
type Case = [string, string | null, string, string | null, string?, string?];

const ENGLISH: Case[] = [
  // granularity: what the text states, no more
  ['Russia invaded Ukraine in February 2022.', '2023-06-17', 'February 2022', '2022-02'],
  ['He has led the alliance since 2014.', '2023-06-17', '2014', '2014'],
  // a capitalised word after a year that is no name head: the year stays
  ['In 2014 Congress passed the bill.', '2023-06-17', '2014', '2014'],
  ['Talks should end in the first quarter of this year.', '2024-02-21', 'the first quarter of this year', '2024-Q1'],
  ['Earnings fell in the third quarter of 2022.', '2024-02-21', 'the third quarter of 2022', '2022-Q3'],
  ['Leaders meet at a mid-July summit.', '2023-06-17', 'mid-July', '2023-07', 'DATE', 'MID'],
  ['The post falls vacant at the end of September.', '2023-06-17', 'the end of September', '2023-09', 'DATE', 'END'],
  ['He will hold the post until the gathering in the following year.', '2023', 'the following year', '2024'],
  // a story's "the following year" counts from the date it last named
  ['On May 22, 1995, he was made a general, and the following year he was posted abroad.', '1998-04-18', 'the following year', '1996'],
  ['In March, the firm got an offer. The following month, it put itself up for sale.', '1989-10-27', 'The following month', '1989-04'],
  ['Imports totaled $37 million in 1988, a small share of all imports that year.', '1989-11-02', 'that year', '1988'],
  ['He fled in June 1998 and returned later that year.', '2000-01-28', 'later that year', '1998'],
  ['He will ask the Queen on 5 April to dissolve Parliament at the end of that week.', '2005-03-01', 'the end of that week', '2005-W14', 'DATE', 'END'],
  ['The next chief takes over later this year.', '2024-02-21', 'later this year', '2024'],
  ['She also expressed interest last year.', '2024-02-21', 'last year', '2023'],
  ['Officials met last week.', '2023-06-17', 'last week', '2023-W23'],
  ['In January this year, he said so.', '2023-04-01', 'January this year', '2023-01'],
  ['The term ends on September 30, 2023.', '2023-04-01', 'September 30, 2023', '2023-09-30'],
  // "last" after a possessive means final, no past tense: the weekday lies ahead
  ['Cameron said he would chair his last cabinet meeting on Tuesday.', '2016-07-11', 'Tuesday', '2016-07-12'],
  // counted from an event the text names, not from the document date: the amount is a duration
  ['He will leave on Aug. 31, a year before his second term ends.', '2020-05-14', 'a year', 'P1Y', 'DURATION'],
  ['The vote came two days after the election.', '2020-05-14', 'two days', 'P2D', 'DURATION'],
  // ... at the end of a clause it counts back from the document's time
  ['Profit rose to $5 million from $3 million a year before.', '1988-03-01', 'a year before', '1987'],
  // a scheduled end in the present tense looks ahead, even in a sentence reported in the past
  ['Leaders nominated her to succeed him when his term ends on Oct. 31, officials said.', '2019-09-13', 'Oct. 31', '2019-10-31'],
  // a state that lasted until a month looks back; a deadline looks ahead
  ['She had been seen as an outsider until July, when a deal put her name forward.', '2019-09-13', 'July', '2019-07'],
  ['The company will repay the loan by July.', '2019-09-13', 'July', '2020-07'],
  ['The talks began in the 1990s.', '2023-04-01', 'the 1990s', '199'],
  ['Prices soared in the late 1970s.', '2023-04-01', 'the late 1970s', '197', 'DATE', 'END'],
  ['It was the style of the nineties.', '2023-04-01', 'the nineties', '199'],
  ['It was a hit in the \'80s.', '2023-04-01', 'the \'80s', '198'],
  ['The 20th century saw two wars.', '2023-04-01', 'The 20th century', '19'],
  ['Borders moved in the nineteenth century.', '2023-04-01', 'the nineteenth century', '18'],
  ['The fund was hit last fall.', '1999-04-02', 'last fall', '1998-FA'],
  ['The unit was scrapped this past spring.', '1989-10-30', 'this past spring', '1989-SP'],
  // durations and sets
  ['He has served as secretary-general for nine years.', '2023-06-17', 'nine years', 'P9Y', 'DURATION'],
  ['He may stay on for another year.', '2023-06-17', 'another year', 'P1Y', 'DURATION'],
  ['The talks lasted for about two weeks.', '2023-06-17', 'about two weeks', 'P2W', 'DURATION', 'APPROX'],
  ['It was a 16-hour session.', '2023-06-17', '16-hour', 'PT16H', 'DURATION'],
  ['He wants at least 20 more years in office.', '2023-06-17', 'at least 20 more years', 'P20Y', 'DURATION', 'EQUAL_OR_MORE'],
  ['Profit fell from the 1988 third quarter.', '1989-11-02', 'the 1988 third quarter', '1988-Q3'],
  ['Sales in next year\'s first quarter will rise.', '1989-11-02', 'next year\'s first quarter', '1990-Q1'],
  ['Prices rose over the past two months.', '2023-06-17', 'the past two months', 'P2M', 'DURATION'],
  ['Growth slowed for several quarters of the year.', '1991-10-30', 'several quarters', 'PXQ', 'DURATION'],
  ['Profits should rise over the next couple of years.', '1991-10-30', 'the next couple of years', 'P2Y', 'DURATION'],
  ['The summit is held every year.', '2023-06-17', 'every year', 'P1Y', 'SET'],
  ['The third flight departs each Thursday.', '1998-02-13', 'each Thursday', 'XXXX-WXX-4', 'SET'],
  ['Marchers parade every July through the town.', '1998-03-22', 'every July', 'XXXX-07', 'SET'],
  ['Officials were not available to comment late yesterday.', '1989-10-27', 'late yesterday', '1989-10-26', 'DATE', 'END'],
  ['Now the search for a successor begins.', '2023-06-17', 'Now', 'PRESENT_REF'],
  ['There is currently no consensus.', '2023-06-17', 'currently', 'PRESENT_REF'],
  // direction: news reports the past unless the words look ahead
  ['Halvorsen stated on Thursday that it is up to the allies.', '2023-06-17', 'Thursday', '2023-06-15'],
  ['He is set to step down in September after nine years.', '2023-06-17', 'September', '2023-09'],
  ['He previously mentioned in February that he would not stay.', '2023-06-17', 'February', '2023-02'],
  // a headline's bare infinitive is its future ("Xyz to step down"); not in a sentence, nor in a hard-wrapped line
  ['Acme chief Jane Porter to step down in November\n\nAcme said so on Sunday.', '2024-03-10', 'November', '2024-11'],
  ['Acme chief Jane Porter to step down in November', '2024-03-10', 'November', '2024-11'],
  ['It was a chance to vote in November.', '2024-03-10', 'November', '2023-11'],
  ['It was a chance to vote in November\nand a close one, the firm said.', '2024-03-10', 'November', '2023-11'],
  ['Porter to step down in November, Acme says\n\nAcme said so on Sunday.', '2024-03-10', 'November', '2024-11'],
  ['He has been running for the job since November.', '2024-02-21', 'November', '2023-11'],
  ['Members must endorse him before the summit in July.', '2024-02-21', 'July', '2024-07'],
  ['The monarch will meet the president on Thursday.', '1990-08-15', 'Thursday', '1990-08-16'],
  ['The boy must be returned by Jan. 14.', '2000-01-15', 'Jan. 14', '2000-01-14'],
  ['Officials postponed until Tuesday morning any action on the case.', '2000-03-30', 'Tuesday morning', '2000-04-04'],
  ['They met at midday.', '1999-10-08', 'midday', '1999-10-08T12:00', 'TIME'],
  ['It began six weeks ago.', '1999-12-30', 'six weeks ago', '1999-W46'],
  ['He was shot on the night of Oct. 23 at home.', '1999-05-05', 'Oct. 23', '1998-10-23'],
  ['Hudson said it will redeem its preferred shares on Oct. 31.', '1989-10-27', 'Oct. 31', '1989-10-31'],
  // amounts chrono would read as clock times inside a date
  ['The bank may buy the stake after Jan. 1, 1990 at 1,015 francs a share.', '1989-10-27', 'Jan. 1, 1990', '1990-01-01'],
  ['The index fell 1.4%, or 6.43, on Friday, to 437.68.', '1989-10-30', 'Friday', '1989-10-27'],
  ['He arrived at 6.43 pm on Friday.', '1989-10-30', '6.43 pm on Friday', '1989-10-27T18:43', 'TIME'],
  ['A woman was killed Thursday evening in a laundromat.', '1998-02-12', 'Thursday evening', '1998-02-12TEV', 'TIME'],
  ['Trading was halted in mid-afternoon yesterday.', '1989-11-02', 'mid-afternoon yesterday', '1989-11-01TAF', 'TIME', 'MID'],
  ['Earnings will be lower for the last half of 1989.', '1989-10-26', 'the last half of 1989', '1989-H2'],
  ['Sales should pick up in the first half of next year.', '1989-10-26', 'the first half of next year', '1990-H1'],
  ['Crowds rallied in the plaza Friday night.', '2000-01-07', 'Friday night', '2000-01-07'],
  // an unstated amount back is a vague past
  ['The firm was founded several years ago.', '1998-02-13', 'several years ago', 'PAST_REF'],
  ['He left a few weeks earlier.', '1998-02-13', 'a few weeks earlier', 'PAST_REF'],
  ['In past years the fund fared better.', '1989-10-30', 'past years', 'PAST_REF'],
  ['He was questioned. Until Thursday, they had not called him a suspect.', '1999-05-07', 'Thursday', '1999-05-06'],
  ['The split would be paid on a still unspecified date in January.', '1989-10-26', 'January', '1990-01'],
  ['He succeeds Mr. Taylor, who stepped down as chairman, president and chief executive in March.', '1989-11-02', 'March', '1989-03'],
  ['He added that final guidelines to be published in early November will decide it.', '1989-10-30', 'early November', '1989-11', 'DATE', 'START'],
  ['Stocks rose, leaving the index near its record high set on Aug. 6.', '1998-02-06', 'Aug. 6', '1997-08-06'],
  // spans: no leading preposition, no trailing punctuation
  ['The decision is due in July, officials said.', '2023-06-17', 'July', '2023-07'],
  ['Shares were bought from Aug. 26 to Oct. 20 this year.', '1989-10-30', 'Oct. 20', '1989-10-20'],
  // company reports: the comparison period is the quarter named, a year back
  ['Acme posted a third-quarter loss of $2 million, versus a profit of $5 million a year earlier.', '1989-11-02', 'a year earlier', '1988-Q3'],
  ['Acme earned $3 million in the third quarter, up from $1 million a year ago.', '1989-11-02', 'a year ago', '1988-Q3'],
  ['Revenue in the fourth quarter beat the year-ago quarter.', '1990-02-10', 'the year-ago quarter', '1988-Q4'],
  ['The year-earlier results included a gain.', '1989-11-02', 'year-earlier', '1988'],
  ['He was elected a year ago.', '1989-11-02', 'a year ago', '1988'],
  ['Acme earned $3 million in the third quarter. For the nine months, it earned $8 million, up from $6 million a year earlier.', '1989-11-02', 'a year earlier', '1988'],
  ['Acme earned $3 million in the third quarter. In the 1988 period, it earned $2 million.', '1989-11-02', 'the 1988 period', '1988-Q3'],
  ['In the 1988 period, the firm earned $2 million.', '1989-11-02', 'the 1988 period', '1988'],
  ['Kellogg forecast an earnings increase for the full year.', '1989-10-27', 'the full year', '1989'],
  ['Acme earned $3 million in the fourth quarter. Sales for the full year rose 13%.', '1990-02-10', 'the full year', '1989'],
  // holidays: fixed, Easter-based and nth-weekday rules; the tense picks the one gone or coming
  ['Families gathered on Thanksgiving Day.', '1999-11-27', 'Thanksgiving Day', '1999-11-25'],
  ['He will be home for Christmas.', '1999-11-27', 'Christmas', '1999-12-25'],
  ['Last Thanksgiving was quiet.', '2000-01-10', 'Last Thanksgiving', '1999-11-25'],
  ['Easter 2024 falls early.', '2023-06-17', 'Easter 2024', '2024-03-31'],
  ['They met at Christmas last year.', '1999-11-27', 'Christmas last year', '1998-12-25'],
  ['Sales in the latest period rose.', '1989-11-02', 'the latest period', '1989-Q3'],
  ['It was built in mid-1996.', '1998-03-01', '1996', '1996'],
  ['They met last May.', '1998-03-01', 'last May', '1997-05'],
  ['They meet next March.', '1998-03-01', 'next March', '1999-03'],
  ['He was shot on Friday, Oct. 23, shortly after 10 p.m. at home.', '1999-04-19', '10 p.m.', '1998-10-23T22:00'],
  ['It had revenue of $76 million for the year ended March 31.', '1989-11-01', 'the year', 'P1Y', 'DURATION'],
  ['It had revenue of $76 million for the year ended March 31.', '1989-11-01', 'March 31', '1989-03-31'],
  // years in words, as transcripts write them
  ['It happened in nineteen ninety-six.', '1998-03-01', 'nineteen ninety-six', '1996'],
  ['In January nineteen ninety-seven he left.', '1998-03-01', 'January nineteen ninety-seven', '1997-01'],
  ['By the year two thousand, all will change.', '1998-03-01', 'the year two thousand', '2000'],
  // misspelt names
  ['Officials spoke on Wednesady, the 21st of February.', '2024-02-21', 'Wednesady, the 21st of February', '2024-02-21'],
  // no document date: relative values stay null, absolute ones do not
  ['She expressed interest last year, as in 2019.', null, 'last year', null],
  ['She expressed interest last year, as in 2019.', null, '2019', '2019'],
];

const DANISH: Case[] = [
  ['Han står til at stoppe med udgangen af september.', '2023-06-10', 'udgangen af september', '2023-09', 'DATE', 'END'],
  ['Han bliver generalsekretær frem til sommeren næste år.', '2023', 'sommeren næste år', '2024-SU'],
  ['Han har været generalsekretær siden 2014.', '2023', '2014', '2014'],
  ['Også sidste år blev han forlænget.', '2023', 'sidste år', '2022'],
  ['VG erfarede i sidste uge, at han er kandidat.', '2023-06-10', 'sidste uge', '2023-W22'],
  ['De vil bede ham fortsætte et år mere.', '2023', 'et år mere', 'P1Y', 'DURATION'],
  ['Han blev bedt om at blive i yderligere et år.', '2023', 'yderligere et år', 'P1Y', 'DURATION'],
  ['Tirsdag aften spurgte NRK ham.', '2023-06-10', 'Tirsdag aften', '2023-06-06TEV'],
  ['Aftalen blev indgået den 21. februar 2024.', '2024-03-01', '21. februar 2024', '2024-02-21'],
  ['Han står lige nu til at stoppe.', '2023-06-10', 'lige nu', 'PRESENT_REF'],
  ['Topmødet holdes hvert år.', '2023-06-10', 'hvert år', 'P1Y', 'SET'],
  ['Han træner hver mandag.', '2023-06-10', 'hver mandag', 'XXXX-WXX-1', 'SET'],
  ['Væksten falder i første halvår af 2024.', '2023-06-10', 'første halvår af 2024', '2024-H1'],
  ['I går sagde ministeren nej.', '2023-06-10', 'I går', '2023-06-09'],
  ['Han mødes med kansleren på tirsdag.', '2023-06-10', 'tirsdag', '2023-06-13'],
  ['Han talte med hende i tirsdags.', '2023-06-10', 'i tirsdags', '2023-06-06'],
  ['Han blev valgt for tre år siden.', '2023-06-10', 'for tre år siden', '2020'],
  ['Beslutningen træffes i år.', '2023-06-10', 'i år', '2023'],
  ['Partiet voksede i 1990\'erne.', '2023-06-10', '1990\'erne', '199'],
  ['Han var populær i halvfemserne.', '2023-06-10', 'halvfemserne', '199'],
  ['Han talte i påsken sidste år.', '2023-06-10', 'påsken sidste år', '2022-04-17'],
  ['Valget blev holdt sidste maj.', '2023-06-10', 'sidste maj', '2023-05'],
  // "til foråret": the next spring to begin; "i foråret" keeps the document's year
  ['Han stopper til foråret.', '2023-10-02', 'foråret', '2024-SP'],
  ['Han stopper til sommer.', '2023-03-02', 'sommer', '2023-SU'],
  ['Han stoppede i foråret.', '2023-10-02', 'foråret', '2023-SP'],
  // a strong past ('trak', 'gik') looks back for a bare month
  ['Hun trak sig efter valget i november.', '2023-09-05', 'november', '2022-11'],
  ['Det skete anden pinsedag 2023.', '2023-06-10', 'anden pinsedag 2023', '2023-05-29'],
  // a duration that opens a paragraph: the span starts at the word, not at the line break
  ['Han var kandidat.\n\nDe seneste uger er der spekuleret.', '2023-06-10', 'De seneste uger', 'PXW', 'DURATION'],
];

describe.each([['en', ENGLISH], ['da', DANISH]] as const)('dates (%s)', (language, cases) => {
  it.each(cases)('%s [%s] -> "%s" = %s', (sentence, docDate, span, value, type, mod) => {
    const dates = datesOf(sentence, docDate, language);
    const hit = findDate(sentence, dates, span);
    expect(hit, `found: ${dates.map((d) => `"${d.text}"`).join(', ')}`).toBeDefined();
    expect(hit?.value).toBe(value);
    if (type) expect(hit?.type).toBe(type);
    if (mod) expect(hit?.mod).toBe(mod);
    expect(hit?.evidence.rule).toMatch(/^dates\//);
  });
});
