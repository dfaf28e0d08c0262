// Targets the trigger's own phrase does not name (src/events/targetRefiner.ts) and demands made by reporting
// an obligation (src/events/obligationCoder.ts). Written for this test.
import { PUBLISHED, ev, type Case, type Category, type Expect } from './types.ts';

const c = (category: Category, text: string, expect: Expect[], extra: Partial<Case> = {}): Case => ({ text, published: PUBLISHED, expect, category, ...extra });

export const targetCases: Case[] = [
  // the act an infinitive names is aimed at its object or its with/to/against phrase
  c('complement', 'Serbia threatened on Friday to cut its gas deliveries to Bosnia.', [ev('SRB', 'BIH', '13')]),
  c('complement', 'Qatar offered to mediate between Sudan and Chad.', [ev('QAT', 'SDN', '03')]),
  c('complement', 'Ethiopia vowed to punish Eritrea for the raid.', [ev('ETH', 'ERI', '13')]),
  c('complement', 'Algeria threatened to close its border with Morocco unless the smuggling stopped.', [ev('DZA', 'MAR', '13')]),
  c('complement', 'Venezuela threatened to expel diplomats if Colombia kept up its accusations.', [ev('VEN', 'COL', '13')], { note: 'a threat is aimed at whoever must meet its condition (was: no target; changed when the condition rule came in)' }),

  c('complement', 'Armenia threatened tough measures against Azerbaijan after the shelling.', [ev('ARM', 'AZE', '13')], { note: "the object's against-phrase" }),
  c('obligation', 'The European Union demanded that Belarus release the detained journalist.', [ev('EU', 'BLR', '10')], { note: "a demand is aimed at its that-clause's subject" }),

  c('compound', 'Kazakhstan offered to negotiate with the president of Afghanistan.', [ev('KAZ', 'AFG', '03')], { note: '"the government of X" stands for X: the preposition before it governs' }),
  c('root-10', 'Japan demanded an apology by Beijing that Chinese coast guard ships had entered Japanese waters.', [ev('JPN', 'CHN', '10')], { note: 'an actor deep in a that-clause is not the target; the object\'s by-phrase is' }),

  c('complement', 'Ecuador boycotted all official contact with Colombia.', [ev('ECU', 'COL', '14')], { note: "a hostile act's object with-phrase" }),
  c('reported', 'NATO troops arrived in Bosnia, German defence minister Klaus Weber said.', [ev('NATO', 'BIH', '04')], { exact: true, note: 'the speaker after the comma is no target' }),
  c('complement', 'Israel threatened to close the crossings into East Jerusalem.', [ev('ISR', 'PSE', '13')], { note: '"in/into East Jerusalem": a capital after a direction word is a place' }),

  // a directed act with no target in its phrase, aimed at the source's own country
  c('domestic', 'Kenyan opposition supporters demanded the resignation of the Kenyan interior minister.', [ev('KEN', 'KEN', '10')], { note: 'the opposition (KEN/OPP) against the government' }),
  c('domestic', 'Bolivian miners protested in La Paz against cuts ordered by the Bolivian government.', [ev('BOL', 'BOL', '14')]),
  c('domestic', 'Peruvian police fired tear gas at protesters near Lima.', [ev('PER', 'PER', ['17', '18'])]),
  c('domestic', 'Thousands of Bolivian farmers staged protests against the Bolivian government in Cochabamba.', [ev('BOL', 'BOL', '14')], { note: 'a noun trigger a light verb acts through takes the domestic rules' }),
  c('domestic', 'Striking miners have blocked the main roads to demand the resignation of the Bolivian mining minister.', [ev('BOL', 'BOL', '14')], { note: 'a collective subject ("miners") of the one state the sentence names' }),
  c('domestic', 'Kenyan police fired tear gas to disperse students in Nairobi.', [ev('KEN', 'KEN', ['17', '18'])], { note: 'a collective target ("students") of the source\'s own state' }),
  c('no-event', 'Workers stopped work at the Turkish and Greek ports.', [], { note: 'two states named: no collective source' }),
  c('no-event', 'The Iraqi army said any attempt by the militias to march on Kirkuk would fail.', [], { note: '"march" with no protest word is no demonstration' }),
  c('domestic', 'Teachers began a hunger strike to demand the resignation of the Nepalese education minister.', [ev('NPL', 'NPL', '14')], { note: 'a collective subject of a light verb\'s noun' }),
  c('domestic', 'Egyptian police detained dozens of protesters in Cairo. Later the government accused the Muslim Brotherhood of organising the marches.', [ev('EGY', 'MUSLIMBROTHERHOOD', '11')], { note: '"the government" in a sentence naming no state is the article\'s own state' }),
  c('no-event', 'According to a press release by the Malian army, the convoy was ambushed.', [], { note: '"a press release" is no collective subject of "release"' }),
  c('no-event', 'Dozens of Somali militants had been killed, the Somali army said.', [], { note: 'a passive subject is not a collective source' }),
  c('domestic', 'Chilean students marched to demand free university education.', [ev('CHL', null, '14')], { note: 'nothing after the trigger names Chile: no target invented' }),

  // a commitment or refusal to do what the lexicon knows no event for: the frame itself
  c('obligation', 'Mongolia is committed to opening its mining sector to foreign investors.', [ev('MNG', null, '03')], { note: 'frame cue "committed to"' }),
  c('obligation', 'Lebanon and Cyprus agreed to redraw their maritime boundary.', [ev('LBN', 'CYP', '03')], { note: 'a compound subject agrees with itself' }),
  c('obligation', 'Hungary refused to take in any more migrants from Serbia.', [ev('HUN', 'SRB', '12')], { note: 'frame cue "refused to"; the infinitive phrase names the target' }),
  c('no-event', 'The Egyptian foreign minister declined to comment on the talks.', [], { note: '"declined to comment" is a statement (011), not a refusal frame' }),

  // "X said Y must …": X demands of Y
  c('obligation', 'Germany said Greece must carry out the agreed reforms.', [ev('DEU', 'GRC', '10')]),
  c('obligation', 'The African Union said that Sudan must hand over the suspects.', [ev('AU', 'SDN', '10')]),
  c('obligation', 'Japan must apologise, the South Korean foreign ministry said.', [ev('KOR', 'JPN', '10')]),

  // done together, by the trigger's joint code
  c('compound', 'Indian and French warships began war games in the Arabian Sea.', [ev('IND', 'FRA', '06')]),
  c('compound', 'Russia held military exercises near the Estonian border.', [ev('RUS', 'EST', '15')], { note: 'one actor: a show of force, not cooperation' }),
  // structure the linker reads through
  c('reported', 'The World Health Organization (WHO) renewed its demand that Syria allow vaccination teams into Idlib.', [ev('WHO', 'SYR', '10')]),
  c('root-10', 'A Kenyan court ordered the former finance minister to appear for questioning.', [ev('KEN', null, '10')], { note: 'an unnamed official is no actor' }),
  c('root-08', 'The Egyptian army lifted a two-week-old blockade on the Rafah crossing.', [ev('EGY', null, '08')], { note: 'the hyphens of a compound do not count towards a pattern gap' }),
];
