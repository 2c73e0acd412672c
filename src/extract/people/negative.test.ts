import { describe, expect, it } from 'vitest';
import { processDocument } from '../../pipeline/run.js';

const names = (text: string, language = 'en') => processDocument({ id: 't.txt', text }, { language }).people.map((p) => p.name);

// Sentences that name no person: organisations, places, outlets, months, headlines, Danish function words.
describe('people: nothing to find', () => {
  it.each([
    ['The North Atlantic Treaty Organization met in Brussels on Monday.'],
    ['NATO SUMMIT OPENS IN VILNIUS AS ALLIES WEIGH EXTENSION'],
    ['SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .'],
    ['In September the European Union and the United States agreed.'],
    ['Reuters and Politico reported the news from New York.'],
    ['Jones Medical Industries Inc said Friday it completed the acquisition.'],
    ['The U.S. Assistant Secretary of State was not named.'],
    ['Human Rights Watch criticised the Red Cross.'],
    ['W D L G / F G / A P'],
    ['Allies Set To Back Dutch Leader As Summit Nears'],
    ['Central Bank Chief Race Heats Up In Frankfurt'],
    ['The move came days after OpenAI said it would change course.'],
    // one word the text shows to be an organisation ("Boeing chairman X"), whatever cue stands before it
    ['Sales rose, said Southcorp, the winemaker. Southcorp chairman said so.'],
    // bylines
    ['By Political Correspondent\nOctober 20, 2022'],
    ['By Staff Writer'],
    // firms: names joined by an ampersand, a name before a corporate head word
    ['Sales of Ben & Jerry\'s ice cream rose, and Marks & Spencer gained.'],
    ['Activist investor Elliott Management had pushed for the change.'],
    // the state or country of a dateline
    ['ARLINGTON, Virginia (Reuters) - The company said on Wednesday it would cut jobs.'],
    ['SAN ANTONIO, Florence (AP) - The storm moved north.'],
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
  it.each([
    ['Det erfarer det norske medie VG på baggrund af tre anonyme kilder.'],
    ['Carlsbergs administrerende direktør fratræder. Det skriver Carlsberg i en meddelelse.'],
    ['Den endelige beslutning kan blive taget inden for nogle dage.'],
    ['Han står lige nu til at stoppe med udgangen af september.'],
    ['Kriminalpolitiet i Løgstør har endnu ikke kunnet konstatere det.'],
    ['Natos generalsekretær vælges ved enstemmighed blandt Nato-landene.'],
    ['Tirsdag aften spurgte NRK, hvornår man kan forvente en forlængelse.'],
    ['Horsens Kunstmuseum har siden 1984 haft til huse i Pavillon Lunden.'],
  ])('%s (Danish)', (text) => {
    expect(names(text, 'da')).toEqual([]);
  });
});
