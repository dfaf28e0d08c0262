// Modality: each family of status cues in scope of the trigger, and cues OUT of scope (in another clause)
// that must leave the event occurred. Written for this test.
import { PUBLISHED, ev, type Case, type Category, type Expect } from './types.ts';

const c = (category: Category, text: string, expect: Expect[], extra: Partial<Case> = {}): Case => ({ text, published: PUBLISHED, expect, category, ...extra });

export const modalityCases: Case[] = [
  // may / might / could: speculation
  c('modality-may', 'Turkey may launch a ground operation against the YPG in Syria.', [ev('TUR', 'YPG', '19', 'hypothetical')]),
  c('modality-may', 'Russia might impose new sanctions on Turkey.', [ev('RUS', 'TUR', '16', 'hypothetical')]),
  c('modality-may', 'Iranian officials said Tehran could cut ties with Bahrain.', [ev('IRN', 'BHR', '16', 'hypothetical')]),
  c('modality-may', 'Israel could strike Iranian nuclear sites, analysts believe.', [ev('ISR', 'IRN', '19', 'hypothetical')], { todo: 'strike.v requires a military word; none here' }),
  c('modality-may', 'The European Union may lift sanctions on Iran later this year.', [ev('EU', 'IRN', '08', 'hypothetical')]),
  c('modality-may', 'Saudi Arabia might send ground troops to fight the Islamic State in Syria.', [ev('SAU', 'ISIS', '19', 'hypothetical')]),
  c('modality-may', 'The Taliban may possibly attack Afghan army bases in Helmand.', [ev('TALIBAN', 'AFG', '19', 'hypothetical')], { exact: true }),

  // would: a hypothesis, or (after a reporting verb) a backshifted will
  c('modality-would', 'Washington would impose sanctions on Iran in that case.', [ev('USA', 'IRN', '16', 'hypothetical')]),
  c('modality-would', 'An Israeli attack on Iran would be a disaster, the German foreign minister said.', [ev('ISR', 'IRN', '19', 'hypothetical')], { todo: '"An Israeli attack" read as verb (target lost); "would" after subject ignored' }),
  c('modality-would', 'Russia said it would withdraw its forces from Syria.', [ev('RUS', 'SYR', '08', 'future')]),
  c('modality-would', 'Without American air support, the Iraqi army would never have retaken Tikrit from the Islamic State.', [ev('IRQ', 'ISIS', '19', 'occurred')], { note: 'counterfactual about a cause: the retaking happened', todo: 'counterfactual "would never have" read as negation' }),
  c('modality-would', 'Britain would expel the Russian ambassador under such circumstances.', [ev('GBR', 'RUS', ['16', '17'], 'hypothetical')]),

  // will: future
  c('modality-will', 'Erdogan will visit Washington next month.', [ev('TUR', 'USA', '04', 'future')]),
  c('modality-will', 'The Iraqi army will launch an offensive against the Islamic State in Mosul.', [ev('IRQ', 'ISIS', '19', 'future')]),
  c('modality-will', 'NATO will deploy four battalions to Poland.', [ev('NATO', 'POL', '15', 'future')], { todo: 'deploy.v requires troop words; "battalions" not among them' }),
  c('modality-will', 'Kerry will meet Lavrov in Geneva on Friday.', [ev('USA', 'RUS', '04', 'future')]),
  c('modality-will', 'Japan will provide two billion dollars in aid to the Philippines.', [ev('JPN', 'PHL', '07', 'future')]),

  // plans to / agreed to / ready to / intends to / preparing to / decided to
  c('modality-plan', 'China plans to hold joint naval drills with Russia in the South China Sea.', [ev('CHN', 'RUS', '06', 'future')]),
  c('modality-plan', 'Iran and Iraq agreed to hold talks on border security next month.', [ev('IRN', 'IRQ', '04', 'future')], { todo: '"agree to hold talks" gives one 036 future; no 04 future (036 should be occurred)' }),
  c('modality-plan', 'Saudi Arabia is ready to send troops to fight the Islamic State in Syria.', [ev('SAU', 'ISIS', '19', 'future')]),
  c('modality-plan', 'Japan intends to expand trade with Iran.', [ev('JPN', 'IRN', '06', 'future')]),
  c('modality-plan', 'The Afghan army is preparing to launch an offensive against the Taliban in Helmand.', [ev('AFG', 'TALIBAN', '19', 'future')]),
  c('modality-plan', 'Russia decided to sell S-300 missiles to Iran.', [ev('RUS', 'IRN', ['07', '06'], 'future')]),
  c('modality-plan', 'Greece agreed to return migrants to Turkey.', [ev('GRC', 'TUR', ['17', '06'], 'future')], { note: 'returning migrants: 174 expel or 06 cooperation', todo: 'no trigger for returning migrants; only agree.v 030' }),

  // vowed to
  c('modality-vow', 'Erdogan vowed to crush the PKK.', [ev('TUR', 'PKK', '19', 'future')]),
  c('modality-vow', 'Nigerian President Muhammadu Buhari vowed to defeat Boko Haram by the end of the year.', [ev('NGA', 'BOKOHARAM', '19', 'future')]),
  c('modality-vow', 'Israel vowed to retaliate against Hamas for the rocket fire.', [ev('ISR', 'HAMAS', '19', 'future')], { todo: '"vow to retaliate" coded 138 only, no 19 future; rocket fire given to Israel' }),
  c('modality-vow', 'Germany vowed to support Jordan with more development aid.', [ev('DEU', 'JOR', '07', 'future')], { todo: 'vow_support 032 swallows it; "development aid" event has no target' }),

  // expected to / scheduled to / set to
  c('modality-expected', 'Putin is expected to visit Japan in December.', [ev('RUS', 'JPN', '04', 'future')]),
  c('modality-expected', 'Iraqi forces are expected to retake Fallujah from the Islamic State within weeks.', [ev('IRQ', 'ISIS', '19', 'future')]),
  c('modality-expected', 'The UN Security Council is expected to impose new sanctions on North Korea.', [ev('UNSC', 'PRK', '16', 'future')]),
  c('modality-expected', 'Modi is scheduled to meet Nawaz Sharif in Paris.', [ev('IND', 'PAK', '04', 'future')]),

  // possibility / risk / fears / on the verge of
  c('modality-possibility', 'Analysts discussed the possibility of a Turkish military incursion into Syria.', [ev('TUR', 'SYR', '19', 'hypothetical')]),
  c('modality-possibility', 'Armenia and Azerbaijan are on the verge of war.', [ev('ARM', 'AZE', '19', 'hypothetical')], { todo: 'no trigger for "war" alone' }),
  c('modality-possibility', 'Fears of an Israeli strike on Iranian nuclear facilities grew.', [ev('ISR', 'IRN', '19', 'hypothetical')], { todo: 'noun "strike" alone needs a military word; none here' }),
  c('modality-possibility', 'There is a real risk of clashes between Turkish and Russian jets over Syria.', [ev('TUR', 'RUS', '19', 'hypothetical')]),
  c('modality-possibility', 'The prospect of talks between Israel and the Palestinians faded.', [ev('ISR', 'PSE', '04', 'hypothetical')]),

  // conditionals: if / unless
  c('modality-conditional', 'If Iran breaks the nuclear deal, the United States will reimpose sanctions on Tehran.', [ev('USA', 'IRN', '16', 'hypothetical')]),
  c('modality-conditional', 'Russia will cut gas supplies to Ukraine unless Kiev pays its debts.', [ev('RUS', 'UKR', '16', 'hypothetical')], { todo: '"supplies" read as verb supply (070); "unless" after trigger not a cue' }),
  c('modality-conditional', 'Turkey will attack the YPG if it crosses the Euphrates.', [ev('TUR', 'YPG', '19', 'hypothetical')]),
  c('modality-conditional', 'Iran would close the Strait of Hormuz if it were attacked by the United States.', [ev('USA', 'IRN', '19', 'hypothetical')], { todo: 'pronoun "it" as passive patient not resolved: target lost' }),
  c('modality-conditional', 'Pakistan will resume talks with India only if the shelling in Kashmir stops.', [ev('PAK', 'IND', '04', 'hypothetical')]),

  // questions
  c('modality-question', 'Did Russian jets bomb a Turkish aid convoy in Syria?', [ev('RUS', 'TUR', '19', 'hypothetical')]),
  c('modality-question', 'Did Israeli jets strike Hezbollah positions in Syria?', [ev('ISR', 'HEZBOLLAH', '19', 'hypothetical')], { exact: true }),
  c('modality-question', 'Will Iran and Saudi Arabia restore diplomatic relations?', [ev('IRN', 'SAU', '05', 'hypothetical')]),
  c('modality-question', 'Is the United States arming the YPG in Syria?', [ev('USA', 'YPG', '07', 'hypothetical')]),

  // negation: did not / never / refused / denied / will not / declined
  c('modality-negation', 'Russia did not attack Turkish positions in Syria.', [ev('RUS', 'TUR', '19', 'negated')], { exact: true }),
  c('modality-negation', 'Iran has never recognised the State of Israel.', [ev('IRN', 'ISR', '05', 'negated')]),
  c('modality-negation', 'The Taliban refused to negotiate with the Afghan government.', [ev('TALIBAN', 'AFG', '04', 'negated')], { todo: 'fixed "refuse to negotiate" (125) swallows the negated 04 event' }),
  c('modality-negation', 'The Pentagon denied that American aircraft had struck Syrian army positions near Deir ez-Zor.', [ev('USA', 'SYR', '19', 'negated')]),
  c('modality-negation', 'Saudi Arabia will not negotiate with the Houthis.', [ev('SAU', 'HOUTHIS', '04', 'negated')]),
  c('modality-negation', 'Egypt would never negotiate with the Muslim Brotherhood, Sisi said.', [ev('EGY', 'MUSLIMBROTHERHOOD', '04', 'negated')]),
  c('modality-negation', 'China declined to condemn North Korea\'s nuclear test.', [ev('CHN', 'PRK', '11', 'negated')]),
  c('modality-negation', 'Iran denied sending weapons to the Houthis.', [ev('IRN', 'HOUTHIS', '07', 'negated')]),
  c('modality-negation', 'Turkey has not closed its border with Syria.', [ev('TUR', 'SYR', ['19', '16'], 'negated')], { note: 'closing a border: 191 blockade or 16 reduce relations' }),

  // cue OUT of scope: a cue in another clause leaves the event occurred
  c('scope-out', 'Ministers who may resign next week said Turkish jets struck the PKK in Iraq.', [ev('TUR', 'PKK', '19')]),
  c('scope-out', 'Diplomats who could not be named said Iranian forces shelled PJAK camps in Iraq.', [ev('IRN', 'PJAK', '19')]),
  c('scope-out', 'Russia, which may hold early elections, imposed sanctions on Ukraine.', [ev('RUS', 'UKR', '16')]),
  c('scope-out', 'Turkey attacked YPG positions on Sunday, but it will not send ground troops.', [ev('TUR', 'YPG', '19')]),
  c('scope-out', 'Although talks could resume next week, Saudi jets bombed Houthi positions near Sanaa on Friday.', [ev('SAU', 'HOUTHIS', '19')]),
  c('scope-out', 'After refusing to meet Erdogan, Putin met Iranian President Hassan Rouhani in Moscow.', [ev('RUS', 'IRN', '04')], { todo: '"Erdogan, Putin" joined across the clause comma: no subject' }),
  c('scope-out', 'The Iraqi army, which did not take part, said the Peshmerga recaptured Sinjar from the Islamic State.', [ev('PESHMERGA', 'ISIS', '19')]),
  c('scope-out', 'Jordan expelled the Syrian ambassador; it will not restore ties soon.', [ev('JOR', 'SYR', ['16', '17'])]),
  c('scope-out', 'France bombed Islamic State targets in Raqqa, and Britain may join the campaign later.', [ev('FRA', 'ISIS', '19')]),
  c('scope-out', 'Analysts who never visited the region said Iran armed the Houthis.', [ev('IRN', 'HOUTHIS', '07')]),
  c('scope-out', 'The Turkish army, which is expected to expand its operation, shelled Islamic State positions near Kilis.', [ev('TUR', 'ISIS', '19')]),
];
