// What the actor stage decides, case by case, on sentences written for these tests. Each case lists labels
// that must be among the mentions ("has"), labels or texts that must not be ("not"), or that no actor at all
// may be found ("none"). Labels: "Ankara=TUR/GOV", "Ankara=TUR (place)", "Jane Roe=person:USA/GOV", and
// "both sides=TUR+IRQ" for one reference to two actors. Articles are dated 2016-10-21 unless a case says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labels, actorIds } from './actorStage.ts';

interface Case {
  text: string;
  has?: string[];
  /** A label ("Ankara=TUR/GOV") or, without "=", any mention over these words. */
  not?: string[];
  none?: boolean;
  /** The article's actor list (states, groups, organisations; "SYR/REB" for a state's rebels) must include these. */
  actors?: string[];
  actorsNot?: string[];
  date?: string;
}

const CASES: Record<string, Case[]> = {
  'capital as actor or place': [
    { text: 'Ankara and Washington agreed to share intelligence.', has: ['Ankara=TUR/GOV', 'Washington=USA/GOV'] },
    { text: 'The minister arrived for a visit to Ankara on Monday.', has: ['Ankara=TUR (place)'] },
    { text: 'Talks were held in Ankara last week.', has: ['Ankara=TUR (place)'] },
    { text: 'Moscow warned that it would respond.', has: ['Moscow=RUS/GOV'] },
    { text: 'The envoy flew from Tehran to Baghdad overnight.', has: ['Tehran=IRN (place)', 'Baghdad=IRQ (place)'] },
    { text: 'According to Ankara, the convoy carried weapons.', has: ['Ankara=TUR/GOV'] },
    { text: 'The plan needs a green light from Baghdad.', has: ['Baghdad=IRQ/GOV'] },
    { text: 'Officials in Ankara said the border would stay closed.', has: ['Ankara=TUR/GOV'] },
    { text: 'Diplomats from Tehran arrived for the talks.', has: ['Tehran=IRN/GOV'] },
    { text: 'American officials in Ankara declined to comment.', has: ['American=USA/GOV', 'Ankara=TUR (place)'] },
    { text: 'Protesters gathered outside the embassy near Damascus.', has: ['Damascus=SYR (place)'] },
    { text: 'ANKARA, Turkey — The parliament met on Tuesday.', has: ['ANKARA=TUR (place)', 'Turkey=TUR'] },
    { text: 'An Ankara-based researcher disagreed.', has: ['Ankara=TUR (place)'], actorsNot: ['TUR'] },
    { text: 'The foreign minister visited Tehran in May.', has: ['Tehran=IRN (place)'] },
    { text: 'Tehran rejected the accusation on Sunday.', has: ['Tehran=IRN/GOV'] },
    { text: 'The Pentagon said the strikes hit their targets.', has: ['The Pentagon=USA/MIL'] },
    { text: 'Washington sent a strongly worded letter to Ankara.', has: ['Washington=USA/GOV', 'Ankara=TUR/GOV'] },
    { text: 'Delegates travelled across Baghdad under heavy guard.', has: ['Baghdad=IRQ (place)'] },
    { text: 'The Kremlin denied any role in the attack.', has: ['The Kremlin=RUS/GOV'] },
    { text: 'Riyadh and Tehran restored diplomatic ties.', has: ['Riyadh=SAU/GOV', 'Tehran=IRN/GOV'] },
    { text: 'Rockets landed on the outskirts of Damascus.', has: ['Damascus=SYR (place)'] },
    { text: 'The delegation is on its way to Moscow.', has: ['Moscow=RUS (place)'] },
    { text: 'The ministers met in Brussels and Moscow objected.', has: ['Moscow=RUS/GOV'] },
    { text: 'A visit to Ankara leaves Turkey unnamed as an actor.', actors: ['TUR'] },
    { text: 'He spent a week in Ankara.', actorsNot: ['TUR'] },
  ],
  roles: [
    { text: 'The Turkish army shelled the positions.', has: ['Turkish=TUR/MIL'] },
    { text: "Turkey's foreign minister met his counterpart.", has: ["Turkey's foreign minister=person:TUR/GOV"] },
    { text: 'The Turkish general staff issued a statement.', has: ['Turkish=TUR/MIL'] },
    { text: 'Iraqi officials welcomed the decision.', has: ['Iraqi=IRQ/GOV'] },
    { text: 'US and Turkish officials held talks.', has: ['US=USA/GOV', 'Turkish=TUR/GOV'] },
    { text: 'Russian and Syrian troops advanced on the town.', has: ['Russian=RUS/MIL', 'Syrian=SYR/MIL'] },
    { text: 'The pro-government Turkish outlet published the interview.', has: ['Turkish=TUR/MED'] },
    { text: 'A Turkish pro-government newspaper printed the claim.', has: ['Turkish=TUR/MED'] },
    { text: 'Jets struck U.S.-backed militias in the north.', has: ['U.S.=USA'], not: ['U.S.=USA/UAF'] },
    { text: 'The Iranian-backed PMU moved towards the town.', has: ['Iranian=IRN', 'PMU=PMU'], not: ['Iranian=IRN/UAF'] },
    { text: 'Iranian-backed militias crossed the river.', has: ['Iranian=IRN'], not: ['Iranian=IRN/UAF'] },
    { text: 'Ankara cut its support for the anti-government forces in Syria.', has: ['anti-government forces=SYR/REB', 'Syria=SYR'], actors: ['SYR/REB', 'SYR'] },
    { text: 'Turkey has long backed rebels in Syria.', has: ['rebels=SYR/REB'] },
    { text: 'Syrian rebels captured the village.', actors: ['SYRREB'] },
    { text: 'US troops in Syria came under fire.', has: ['US=USA/MIL'], not: ['troops=SYR/MIL'] },
    { text: 'ISIS fighters in Syria lost ground.', not: ['fighters=SYR/REB'] },
    { text: 'The Turkish police detained the suspects.', has: ['Turkish=TUR/COP'] },
    { text: 'The Iraqi parliament voted against the deployment.', has: ['Iraqi=IRQ/LEG'] },
    { text: 'Russian state media reported the incident.', has: ['Russian=RUS/MED'] },
    { text: 'A senior US defense official said talks went well.', has: ['US=USA/GOV'] },
    { text: 'The Syrian opposition rejected the proposal.', has: ['Syrian=SYR/OPP'] },
    { text: 'Iranian intelligence officers were arrested.', has: ['Iranian=IRN/SPY'] },
    { text: 'The US military declared its intention to stay.', has: ['US=USA/MIL'] },
    { text: 'The US-led coalition carried out eleven strikes.', has: ['US-led coalition=USA'] },
    { text: 'Turkey said it would respond.', has: ['Turkey=TUR'], not: ['Turkey=TUR/GOV'] },
    { text: 'Iran and Turkey\'s President discussed the wall.', has: ['Iran=IRN', "Turkey's President=person:TUR/GOV"], not: ['Iran=IRN/GOV'] },
    { text: 'The Turkish government and its army disagreed.', has: ['Turkish=TUR/GOV'] },
  ],
  'people by title and apposition': [
    { text: 'Defense Minister Fikri Isik visited the troops.', has: ['Fikri Isik=person:TUR/GOV'] },
    { text: 'Pentagon spokesman Peter Cook said the jets returned safely.', has: ['Peter Cook=person:USA/GOV'] },
    { text: 'General Mohammad Baqeri, the most senior general in Iran, met the delegation.', has: ['Mohammad Baqeri=person:IRN/MIL'] },
    { text: 'Brigadier General Ahmet Demirkol, the most senior officer in Turkey, spoke first.', has: ['Ahmet Demirkol=person:TUR/MIL'] },
    { text: 'Ali Varzandeh, a spokesman for the Iranian foreign ministry, denied it.', has: ['Ali Varzandeh=person:IRN/GOV'] },
    { text: "Iran's deputy foreign minister, Hamid Sorkhabi, arrived on Tuesday.", has: ['Hamid Sorkhabi=person:IRN/GOV'] },
    { text: 'Turkish Foreign Minister Omer Balcali spoke by phone.', has: ['Omer Balcali=person:TUR/GOV'] },
    { text: 'The pro-government Turkish outlet Daily Harbour quoted him.', not: ['Daily Harbour'] },
    { text: 'Russian Defence Minister Yuri Kalinov ordered the drills.', has: ['Yuri Kalinov=person:RUS/GOV'] },
    { text: 'Lt. Gen. Mark Dunleavy, the commander of US forces in Iraq, said more troops would come.', has: ['Mark Dunleavy=person:USA/MIL'] },
    { text: 'Iraqi Prime Minister Haider al-Abadi rejected the request.', has: ['Haider al-Abadi=person:IRQ/GOV'], date: '2016-10-21' },
    { text: 'Defense Minister Jan Kowalczyk met Turkish officials on a visit to Turkey.', has: ['Jan Kowalczyk=person:-'], not: ['Jan Kowalczyk=person:TUR/GOV'] },
    { text: 'Jane Ferraro, a State Department spokeswoman, confirmed the call.', has: ['Jane Ferraro=person:USA/GOV'] },
    { text: 'Pentagon press secretary Peter Cook said the talks were productive.', has: ['Peter Cook=person:USA/GOV'] },
    { text: 'The talks were led by Erdogan.', has: ['Erdogan=person:TUR/GOV'] },
  ],
  'surnames and pronouns': [
    { text: 'Pentagon spokesman Peter Cook briefed reporters. Cook said the strikes were precise.', has: ['Cook=person:USA/GOV'] },
    { text: 'U.S. Defense Secretary Ashton Carter arrived in Ankara. Carter met Turkish leaders.', has: ['Carter=person:USA/GOV'] },
    { text: 'Defense Minister Fikri Işık spoke first. Isik said the army was ready.', has: ['Isik=person:TUR/GOV'] },
    { text: 'Turkish Foreign Minister Omer Balcali spoke to reporters. He said the border would reopen.', has: ['He=person:TUR/GOV'] },
    { text: 'Mevlut Cavusoglu met the envoy. He said the talks were useful.', has: ['He=person:TUR/GOV'], date: '2016-10-21' },
    { text: 'A senior U.S. defense official spoke on condition of anonymity. He said the talks would resume.', has: ['He=USA/GOV'] },
    { text: 'Iranian General Hossein Bagheri-Nasab inspected the units. Bagheri-Nasab praised them.', has: ['Hossein Bagheri-Nasab=person:IRN/MIL'] },
    { text: 'Cavusoglu said he would travel to Moscow.', has: ['he=person:TUR/GOV'] },
    { text: 'He said the talks were useful.', none: true },
    { text: 'Pentagon spokesman Peter Cook spoke. The weather was fine. Lunch was late. Nothing happened. He left.', not: ['He'] },
    { text: 'Turkish Defence Minister Fikri Isik and Ashton Carter met. Carter praised Isik.', has: ['Carter=person:USA/GOV', 'Isik=person:TUR/GOV'] },
    { text: 'General Mohammad Bagheri arrived. Baqeri spoke for an hour.', has: ['Baqeri=person:IRN/MIL'] },
    { text: 'Turkish Interior Minister Ahmet Özdemirci visited the border. Ozdemirci said it was calm.', has: ['Ozdemirci=person:TUR/GOV'] },
    { text: 'NATO Secretary-General Jens Stoltenberg said the alliance stood by Turkey.', has: ['the alliance=NATO'] },
  ],
  'references to groups and to two actors': [
    { text: 'ISIS claimed the bombing. The group said more attacks would follow.', has: ['The group=ISIS'] },
    { text: 'The PKK attacked a convoy. Later the militant group withdrew.', has: ['the militant group=PKK'] },
    { text: 'The group said it would fight on.', none: true },
    { text: 'Ankara and Tehran agreed that both countries would close the border.', has: ['both countries=TUR+IRN'] },
    { text: 'Tensions between Turkey and Iraq grew. Washington was urging both sides to calm down.', has: ['both sides=TUR+IRQ'] },
    { text: 'Smoother ties between Ankara and Washington could bring the two militaries closer.', has: ['the two militaries=TUR+USA/MIL'] },
    { text: 'Both US and Turkish jets took part. It was a sign of cooperation between the NATO allies.', has: ['the NATO allies=USA+TUR'] },
    { text: 'The move threatens both the Turks and the Russians. The former fears a Kurdish state, the latter wants Syria whole.', has: ['The former=TUR', 'the latter=RUS'] },
    { text: 'Iran and Iraq signed a deal. The two countries will share water.', has: ['The two countries=IRN+IRQ'] },
    // An ethnic community is not its kin state: it belongs to the state it lives in, if the sentence says which.
    { text: 'Hundreds of ethnic Hungarians rallied in Romania on Sunday.', has: ['Hungarians=ROU/CVL'] },
    { text: 'Ethnic Russians voted in large numbers.', not: ['Russians'] },
    { text: 'Thousands of Iraqi Kurds rallied in Erbil.', has: ['Iraqi=IRQ/CVL'] },
    { text: 'Moldova, which faces a revolt by ethnic Russian separatists, asked Ukraine for help.', has: ['Russian=MDA/CVL'] },
    // A format of states stands for its members.
    { text: 'The foreign ministers of the Astana group met in Geneva.', has: ['Astana group=RUS+TUR+IRN'] },
    { text: 'The E3 urged Iran to return to the deal.', has: ['E3=FRA+DEU+GBR'] },
    { text: 'Both countries signed the accord.', none: true },
    { text: 'Moscow backs Assad and Ankara supports the rebels. Both sides want a deal.', not: ['Both sides=SYR+TUR'] },
    { text: 'Before leaving for Jordan, Erdogan met Iranian officials. The two countries agreed to talk.', not: ['The two countries=JOR+TUR'] },
    { text: 'Russia and Turkey met in Sochi. Both governments praised the talks.', has: ['Both governments=RUS+TUR/GOV'] },
    { text: 'Ashton Carter met Erdogan in Ankara. Both sides agreed to keep in touch.', has: ['Both sides=USA+TUR'] },
    { text: 'The former president of Iraq spoke.', not: ['The former'] },
    { text: 'Hezbollah fighters crossed the border. The militants were pushed back.', has: ['The militants=HEZBOLLAH'] },
    { text: 'NATO allies Turkey and the United States agreed to cooperate.', has: ['Turkey=TUR', 'United States=USA'] },
    { text: 'Turkey considers the Gulen movement a terrorist group. The movement denies it.', has: ['The movement=GULEN'] },
  ],
  'diacritics and transliterations': [
    { text: 'Erdoğan spoke in parliament.', has: ['Erdoğan=person:TUR/GOV'] },
    { text: 'Erdogan spoke in parliament.', has: ['Erdogan=person:TUR/GOV'] },
    { text: 'Çavuşoğlu met the envoy.', has: ['Çavuşoğlu=person:TUR/GOV'] },
    { text: 'Cavusoglu met the envoy.', has: ['Cavusoglu=person:TUR/GOV'] },
    { text: 'Fikri Işık inspected the base.', has: ['Fikri Işık=person:TUR/GOV'] },
    { text: 'Fikri Isik inspected the base.', has: ['Fikri Isik=person:TUR/GOV'] },
    { text: 'Mohammad Baqeri met the delegation.', has: ['Mohammad Baqeri=person:IRN/MIL'] },
    { text: 'Mohammad Bagheri met the delegation.', has: ['Mohammad Bagheri=person:IRN/MIL'] },
    { text: 'Mohammed Bagheri met the delegation.', has: ['Mohammed Bagheri=person:IRN/MIL'] },
    { text: 'Türkiye and Iran signed the deal.', has: ['Türkiye=TUR', 'Iran=IRN'] },
    { text: 'Mevlüt Çavuşoğlu arrived. Cavusoglu then spoke.', has: ['Cavusoglu=person:TUR/GOV'] },
    { text: 'The Turks protested the decision.', has: ['Turks=TUR'] },
  ],
  'ambiguous names': [
    { text: 'Georgia and Russia fought a war in 2008.', has: ['Georgia=GEO', 'Russia=RUS'] },
    { text: "Georgia's governor signed the bill in Atlanta.", not: ['Georgia'] },
    { text: 'Voters in Georgia lined up early in Atlanta.', not: ['Georgia'] },
    { text: 'Georgia accused Russia of moving the border fence.', has: ['Georgia=GEO'] },
    { text: 'Michael Jordan retired in 2003.', has: ['Michael Jordan=person:-'], not: ['Jordan=JOR'] },
    { text: 'Jordan closed its border with Syria.', has: ['Jordan=JOR'] },
    { text: 'Pilgrims were baptised in the Jordan River.', not: ['Jordan'] },
    { text: 'Settlers farm the banks of the Jordan.', not: ['Jordan'] },
    { text: 'Chad Smith said the band would tour.', has: ['Chad Smith=person:-'], not: ['Chad=TCD'] },
    { text: 'Chad sent troops to Mali.', has: ['Chad=TCD'] },
    { text: 'Lake Chad is shrinking.', not: ['Chad'] },
    { text: 'Niger expelled the French ambassador.', has: ['Niger=NER'] },
    { text: 'Boats sailed down the Niger River.', not: ['Niger'] },
    { text: 'The Niger Delta produces most of the oil.', not: ['Niger'] },
    { text: 'The king of Jordan met Erdogan.', has: ['Jordan=JOR'] },
    { text: 'Amman, Jordan — The king spoke.', has: ['Jordan=JOR'] },
    { text: 'Michael Jordan played in Chicago. Jordan then retired.', has: ['Jordan=person:-'], not: ['Jordan=JOR'] },
    { text: 'Georgia\'s governor spoke. Georgia will expand its highways.', not: ['Georgia=GEO'] },
  ],
  'offices named without a name': [
    { text: 'The quote came from the Turkish President.', has: ['Turkish President=person:TUR/GOV'], date: '2017-08-16' },
    { text: 'The quote came from the Turkish President. He said the wall would be finished.', has: ['He=person:TUR/GOV'], date: '2017-08-16' },
    { text: 'The former Turkish president spoke.', not: ['Turkish president=person:TUR/GOV'] },
    { text: "Iran's foreign minister arrived in Ankara.", has: ["Iran's foreign minister=person:IRN/GOV"] },
    { text: "Turkey's foreign minister spoke.", date: '2015-08', has: ['Turkey=TUR/GOV'], not: ["Turkey's foreign minister=person:TUR/GOV"] },
    { text: 'The Turkish president and the Russian leader met.', date: '2013-05-01', has: ['Turkish president=person:TUR/GOV'] },
  ],
  'no actor': [
    { text: 'The meeting began at 10 a.m. Israeli time.', none: true },
    { text: 'Prices are given in Turkish lira.', none: true },
    { text: 'The weather was cold and wet all week.', none: true },
    { text: 'Iraqi Turkmen families fled the town.', not: ['Turkmen'] },
    { text: 'The jet crashed in an area held by Turkmen rebels.', not: ['Turkmen'] },
    { text: 'We asked us to wait.', none: true },
    { text: 'It was raining, and they went home.', none: true },
    { text: 'The group of students visited the museum.', none: true },
    { text: 'She is a chef of Syrian descent.', none: true },
    { text: 'The turkey was roasted for dinner.', none: true },
    { text: 'Officials said the road would reopen.', none: true },
    { text: 'The former did not respond.', none: true },
    { text: 'Both sides of the road were flooded.', none: true },
    { text: 'A film in the Persian language won the prize.', none: true },
    { text: 'Is it true?', none: true },
    { text: 'The tour covers North America and Latin America.', none: true },
    { text: 'Drought hit New Mexico and New Jersey.', none: true },
    { text: 'Tankers crossed the Persian Gulf into the Arabian Sea.', none: true },
    { text: 'The Washington Post reported the talks.', none: true },
    { text: 'Iran seized a tanker in the Persian Gulf.', has: ['Iran=IRN'], not: ['Persian'] },
    { text: 'Who will pay for it?', none: true },
  ],
};

let n = 0;
for (const [group, cases] of Object.entries(CASES)) {
  test(group, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const got = labels(c.text, c.date);
      const show = `«${c.text}» → [${got.join(' | ')}]`;
      for (const h of c.has ?? []) if (!got.includes(h)) failures.push(`missing ${h}: ${show}`);
      for (const x of c.not ?? []) {
        const bad = x.includes('=') ? got.includes(x) : got.some((g) => g.startsWith(`${x}=`));
        if (bad) failures.push(`unexpected ${x}: ${show}`);
      }
      if (c.none && got.length) failures.push(`expected no actor: ${show}`);
      if (c.actors || c.actorsNot) {
        const ids = actorIds(c.text, c.date);
        for (const a of c.actors ?? []) if (!ids.includes(a)) failures.push(`actor list lacks ${a}: «${c.text}» → ${ids.join(' ')}`);
        for (const a of c.actorsNot ?? []) if (ids.includes(a)) failures.push(`actor list has ${a}: «${c.text}» → ${ids.join(' ')}`);
      }
    }
    assert.deepEqual(failures, []);
  });
  n += cases.length;
}

test('the table has at least 120 cases', () => {
  assert.ok(n >= 120, `${n} cases`);
});
