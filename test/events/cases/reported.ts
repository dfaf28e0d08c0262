// Reported speech: "X said Y attacked Z" is Y → Z with the status of the reported clause; the reporter is the
// attribution, not the source. Written for this test.
import { PUBLISHED, ev, type Case, type Category, type Expect } from './types.ts';

const c = (category: Category, text: string, expect: Expect[], extra: Partial<Case> = {}): Case => ({ text, published: PUBLISHED, expect, category, ...extra });

export const reportedCases: Case[] = [
  c('reported', 'Ankara said the Iranian army had shelled PJAK camps in northern Iraq.', [ev('IRN', 'PJAK', '19')]),
  c('reported', 'The Pentagon said American aircraft struck an Islamic State convoy near Raqqa.', [ev('USA', 'ISIS', '19')]),
  c('reported', 'According to the Syrian Observatory, Russian jets bombed Jaish al-Islam positions in Douma.', [ev('RUS', 'JAYSHALISLAM', '19')]),
  c('reported', 'Russian Foreign Minister Sergei Lavrov said Moscow had expelled two Estonian diplomats.', [ev('RUS', 'EST', ['16', '17'])]),
  c('reported', 'Iranian state television reported that the Revolutionary Guards had detained ten American sailors.', [ev('IRN', 'USA', '17')]),
  c('reported', 'A Turkish official told reporters that Turkey will not attack Iraq.', [ev('TUR', 'IRQ', '19', 'negated')]),
  c('reported', 'Israeli officials said Hezbollah may attack Israel from Syria.', [ev('HEZBOLLAH', 'ISR', '19', 'hypothetical')]),
  c('reported', 'The Kremlin said Putin and Erdogan spoke by phone on Tuesday.', [ev('RUS', 'TUR', '04')]),
  c('reported', 'Syrian state media said Syrian troops recaptured Palmyra from the Islamic State.', [ev('SYR', 'ISIS', '19')]),
  c('reported', 'Baghdad accused Ankara of violating Iraqi sovereignty, the Iraqi foreign ministry said.', [ev('IRQ', 'TUR', '11')]),
  c('reported', 'Witnesses said Egyptian police detained dozens of Muslim Brotherhood supporters in Cairo.', [ev('EGY', 'MUSLIMBROTHERHOOD', '17')]),
  c('reported', 'The Saudi foreign minister said Iran was arming the Houthis in Yemen.', [ev('IRN', 'HOUTHIS', '07')]),
  c('reported', 'Kenyan military spokesmen said their troops killed dozens of al-Shabaab fighters in Somalia.', [ev('KEN', 'ALSHABAAB', ['19', '18'])]),
  c('reported', 'The United Nations said the Saudi-led coalition had bombed a school in northern Yemen.', [ev('SAU', 'YEM', '19')], { note: 'a strike with no named target hits the state where it fell; an "X-led coalition" is coded as X', todo: 'bomb.v requires an aircraft word; none here' }),
  c('reported', 'Merkel told Erdogan that Germany would not extradite the journalists to Turkey.', [ev('DEU', 'TUR', '06', 'negated')]),
];
