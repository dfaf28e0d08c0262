// Toponyms in context, end to end through the pipeline (actors give the article's countries): which place each
// names, or that it names none. Every sentence here is written for this test. A case names a toponym as written
// (its first occurrence, or the nth) and where it should resolve: within 161 km of a point, as the benchmarks
// judge, and in a country when one is given; `null` when it must not be read as a place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../../src/core/resources.ts';
import { buildArticle, processArticle } from '../../src/core/pipeline.ts';
import { km } from '../../src/geo/geoMath.ts';

interface Want {
  at?: [number, number];
  country?: string;
  name?: string;
}
type Case = [text: string, toponym: string, want: Want | null, nth?: number];

const r = loadResources();

function placeOf(text: string, toponym: string, nth = 1) {
  let at = -1;
  for (let k = 0; k < nth; k++) at = text.indexOf(toponym, at + 1);
  assert.ok(at >= 0, `"${toponym}" is not in the text`);
  const result = processArticle(buildArticle({ id: 't', text }, r), r);
  return result.places.find((p) => p.spans.some((s) => s.start < at + toponym.length && at < s.end));
}

const cases: Case[] = [
  // US states, written out and abbreviated
  ['The storm knocked out power across Ohio on Monday.', 'Ohio', { at: [40.3, -82.8], country: 'USA' }],
  ['Farmers in Nebraska expect a smaller corn harvest this year.', 'Nebraska', { at: [41.5, -99.8] }],
  ['Lawmakers in West Virginia passed the budget late Friday.', 'West Virginia', { at: [38.6, -80.6] }],
  ['A Charleston, W.Va., company won the contract.', 'W.Va.', { at: [38.6, -80.6] }],
  ['The festival returns to Lebanon, Ind., in June.', 'Ind.', { at: [39.9, -86.3] }],
  ['The festival returns to Lebanon, Ind., in June.', 'Lebanon', { at: [40.05, -86.47] }],
  ['Police in Springfield, Ill., arrested two men.', 'Springfield', { at: [39.8, -89.64] }],
  ['Police in Springfield, Mass., arrested two men.', 'Springfield', { at: [42.1, -72.59] }],
  ['Police in Springfield, Mo., arrested two men.', 'Springfield', { at: [37.2, -93.3] }],
  ['She grew up in Paris, Texas, and moved to Dallas.', 'Paris', { at: [33.66, -95.56] }],
  ['She grew up in Paris, Texas, and moved to Dallas.', 'Texas', { at: [31.3, -99.3] }],
  ['The team flew from Portland, Ore., to Boise.', 'Portland', { at: [45.52, -122.68] }],
  ['The team flew from Portland, Maine, to Boston.', 'Portland', { at: [43.66, -70.26] }],
  ['Officials in Washington, D.C., announced new rules.', 'D.C.', { at: [38.9, -77.0] }],
  ['Residents of N.Y. and N.J. face higher tolls.', 'N.J.', { at: [40.2, -74.6] }],
  ['A new plant will open in Kentucky next spring.', 'Kentucky', { at: [37.5, -85.3] }],
  // Counties, parishes and boroughs
  ['Deputies from the Laurel County Sheriff’s Office searched the woods.', 'Laurel County', { at: [37.11, -84.12] }],
  ['The Rapides Parish school board met Tuesday in Alexandria.', 'Rapides Parish', { at: [31.2, -92.5] }],
  ['The Rapides Parish school board met Tuesday in Alexandria.', 'Alexandria', { at: [31.31, -92.45] }],
  ['Avoyelles Parish deputies made 14 arrests. Avoyelles officials praised the operation.', 'Avoyelles', { at: [31.08, -92.0] }, 2],
  ['Voters in Kanawha County will decide on the school levy.', 'Kanawha County', { at: [38.34, -81.53] }],
  ['A fire destroyed a barn in Licking County, Ohio, on Sunday.', 'Licking County', { at: [40.09, -82.48] }],
  ['The Matanuska-Susitna Borough assembly met on Tuesday.', 'Matanuska-Susitna Borough', { at: [62.3, -149.6] }],
  ['Henry County, Ga., commissioners approved the plan.', 'Henry County', { at: [33.45, -84.15] }],
  ['Henry County, Va., commissioners approved the plan.', 'Henry County', { at: [36.68, -79.87] }],
  ['The Tarrant County jail in Fort Worth is full.', 'Tarrant County', { at: [32.77, -97.29] }],
  // Towns told apart by the places near them
  ['Trains between Gainesville and Lindsay, near the Red River in North Texas, resume Monday.', 'Gainesville', { at: [33.63, -97.13] }],
  ['Students from Athens and Watkinsville joined the rally at the University of Georgia.', 'Athens', { at: [33.96, -83.38] }],
  ['Columbus and Dublin will share the cost of the new interchange in central Ohio.', 'Dublin', { at: [40.1, -83.11] }],
  ['Columbus and Dublin will share the cost of the new interchange in central Ohio.', 'Columbus', { at: [39.96, -83.0] }],
  ['The Chattahoochee runs past Columbus, Ga., and Phenix City, Ala.', 'Columbus', { at: [32.46, -84.99] }],
  ['Flights from Atlanta to Savannah were delayed as storms crossed Georgia.', 'Georgia', { at: [32.7, -83.4], country: 'USA' }],
  ['Russian troops moved toward Tbilisi, the capital of Georgia, after fighting in South Ossetia.', 'Georgia', { country: 'GEO' }],
  ['Russian troops moved toward Tbilisi, the capital of Georgia, after fighting in South Ossetia.', 'Tbilisi', { at: [41.69, 44.83] }],
  ['Russian troops moved toward Tbilisi, the capital of Georgia, after fighting in South Ossetia.', 'South Ossetia', { at: [42.3, 44.0] }],
  ['Tourists in Athens crowded the Acropolis as Greece marked the holiday.', 'Athens', { at: [37.98, 23.73] }],
  ['Ships left Alexandria for Port Said as Egypt reopened the canal.', 'Alexandria', { at: [31.2, 29.92] }],
  ['Commuters from Alexandria, Va., crowded the Metro into Washington.', 'Alexandria', { at: [38.8, -77.05] }],
  // Turkey and Syria: transliterations and local context
  ['Turkish police detained three suspects in Batman, a city in southeastern Turkey.', 'Batman', { at: [37.89, 41.13], country: 'TUR' }],
  ['Turkish police detained three suspects in Batman, a city in southeastern Turkey.', 'southeastern Turkey', { country: 'TUR' }],
  ['Kurdish fighters entered Tell Abyad on the Syrian border.', 'Tell Abyad', { at: [36.7, 38.95], country: 'SYR' }],
  ['Kurdish fighters entered Tal Abyad on the Syrian border.', 'Tal Abyad', { at: [36.7, 38.95], country: 'SYR' }],
  ['Jets struck targets around ar-Raqqah overnight, Syrian activists said.', 'ar-Raqqah', { at: [35.95, 39.01] }],
  ['Jets struck targets around Raqqa overnight, Syrian activists said.', 'Raqqa', { at: [35.95, 39.01] }],
  ['Government forces shelled Deir ez-Zor in eastern Syria.', 'Deir ez-Zor', { at: [35.34, 40.14] }],
  ['Government forces shelled Deir ez-Zor in eastern Syria.', 'eastern Syria', { country: 'SYR' }],
  ['A curfew was declared in Sirnak province after clashes in Turkey.', 'Sirnak', { at: [37.52, 42.46] }],
  ['A curfew was declared in Şırnak after clashes in Turkey.', 'Şırnak', { at: [37.52, 42.46] }],
  ['The bombing in Suruc killed 33 young activists, Turkish officials said.', 'Suruc', { at: [36.98, 38.43] }],
  ['The bombing in Suruç killed 33 young activists, Turkish officials said.', 'Suruç', { at: [36.98, 38.43] }],
  ['Iraqi troops advanced on Tal Afar, west of Mosul.', 'Tal Afar', { at: [36.38, 42.45] }],
  ['Iraqi troops advanced on Tall Afar, west of Mosul.', 'Tall Afar', { at: [36.38, 42.45] }],
  ['Iraqi troops advanced on Tal Afar, west of Mosul.', 'Mosul', { at: [36.34, 43.12] }],
  ['Refugees crossed from Kobani into Turkey after the siege.', 'Kobani', { at: [36.89, 38.35] }],
  ['US jets took off from Incirlik air base in southern Turkey.', 'Incirlik', { at: [37.0, 35.43] }],
  ['Rebels shelled al-Bab, north-east of Aleppo, on Sunday.', 'al-Bab', { at: [36.37, 37.52] }],
  ['Rebels shelled al-Bab, north-east of Aleppo, on Sunday.', 'Aleppo', { at: [36.2, 37.16] }],
  // Directional areas
  ['Air strikes hit several villages in northern Syria on Tuesday.', 'northern Syria', { country: 'SYR' }],
  ['Drought has hurt cattle ranchers across West Texas.', 'West Texas', { country: 'USA' }],
  ['Snow is expected in northern Ohio tonight.', 'northern Ohio', { country: 'USA' }],
  ['The army sent reinforcements to southern Lebanon.', 'southern Lebanon', { country: 'LBN' }],
  ['Heavy rain flooded roads in North Carolina.', 'North Carolina', { at: [35.5, -79.4] }],
  ['Trade between North America and Europe grew last year.', 'North America', { at: [46.07, -100.55] }],
  // Capitals, as places and as their governments
  ['Erdogan flew to Ankara after the summit.', 'Ankara', { at: [39.92, 32.85] }],
  ['Ankara said the operation would continue.', 'Ankara', { at: [39.92, 32.85] }],
  ['Washington and Ankara disagree over the Kurdish militia, the US State Department said.', 'Washington', { at: [38.9, -77.04] }],
  ['The minister met his counterpart in Tehran on Sunday.', 'Tehran', { at: [35.69, 51.42] }],
  ['Protesters gathered outside the embassy in Baghdad.', 'Baghdad', { at: [33.34, 44.4] }],
  ['Talks in Doha ended without agreement between the Taliban and Kabul.', 'Doha', { at: [25.29, 51.53] }],
  // Canada and the United Kingdom
  ['Wildfires in British Columbia forced thousands from their homes.', 'British Columbia', { at: [54.0, -125.0], country: 'CAN' }],
  ['Snow closed highways across Ontario, the province said.', 'Ontario', { at: [49.25, -84.5], country: 'CAN' }],
  ['Ferries between Scotland and Northern Ireland were cancelled.', 'Northern Ireland', { at: [54.6, -6.7] }],
  ['She studied in Toronto before moving to Vancouver.', 'Vancouver', { at: [49.25, -123.12] }],
  ['She studied in Toronto before moving to Vancouver.', 'Toronto', { at: [43.7, -79.42] }],
  // Big cities without context
  ['Prices rose fastest in London and Frankfurt last quarter.', 'Frankfurt', { at: [50.11, 8.68] }],
  ['The company moved its headquarters to Chicago.', 'Chicago', { at: [41.85, -87.65] }],
  ['Fans lined the streets of St. Louis after the win.', 'St. Louis', { at: [38.63, -90.2] }],
  ['Fans lined the streets of Ft. Worth after the win.', 'Ft. Worth', { at: [32.73, -97.32] }],
  ['Delegates arrived in New York City for the assembly.', 'New York City', { at: [40.71, -74.01] }],
  // Not places
  ['Doug Anderson said the fire started in the kitchen.', 'Anderson', null],
  ['Sheriff Henry confirmed the arrest.', 'Henry', null],
  ['The victim, Chiquita Raquel Henry, was taken to hospital.', 'Henry', null],
  ['The crash closed Dublin Road for two hours.', 'Dublin', null],
  ['A man was arrested at his home on Orchard Street.', 'Orchard', null],
  ['Batman and Robin returned in a new film this summer.', 'Batman', null],
  ['The West Side neighbourhood association met on Monday.', 'West', null],
  ['Police said Jordan Smith was released on bail.', 'Jordan', null],
  ['The Kurdistan Workers’ Party claimed the attack.', 'Kurdistan', null],
  ['Missing Ill. man found safe.', 'Ill.', null],
];

for (const [text, toponym, want, nth] of cases) {
  test(`place: «${toponym}» in «${text.slice(0, 60)}»`, () => {
    const p = placeOf(text, toponym, nth);
    if (want === null) {
      assert.equal(p, undefined, `expected no place, got ${p?.name} (${p?.rule})`);
      return;
    }
    assert.ok(p, `«${toponym}» was not read as a place`);
    if (want.at) {
      const d = km(want.at[0], want.at[1], p.lat, p.lon);
      assert.ok(d <= 161, `${p.name} (${p.lat}, ${p.lon}, ${p.rule}) is ${Math.round(d)} km from the expected point`);
    }
    if (want.country) assert.equal(p.country, want.country, `${p.name} (${p.rule})`);
    if (want.name) assert.equal(p.name, want.name);
  });
}

test('places: every span of a place is kept, with country, feature code and GeoNames id', () => {
  const text = 'Shelling hit Mosul on Monday. By Tuesday families were fleeing Mosul toward Erbil.';
  const result = processArticle(buildArticle({ id: 't', text }, r), r);
  const mosul = result.places.find((p) => p.name === 'Mosul');
  assert.ok(mosul);
  assert.equal(mosul.spans.length, 2);
  assert.equal(mosul.country, 'IRQ');
  assert.ok(mosul.featureCode?.startsWith('PPL'));
  assert.equal(typeof mosul.geonameid, 'number');
  for (const s of mosul.spans) assert.equal(text.slice(s.start, s.end), 'Mosul');
});

test('places: "northern Syria" names Syria and the north of it, north of its centre', () => {
  const text = 'Turkish jets struck Kurdish positions in northern Syria.';
  const result = processArticle(buildArticle({ id: 't', text }, r), r);
  const north = result.places.find((p) => p.name === 'northern Syria');
  const syria = result.places.find((p) => p.name === 'Syria');
  assert.ok(north && syria);
  assert.equal(north.featureCode, 'RGN');
  assert.ok(north.lat > syria.lat, `${north.lat} should be north of ${syria.lat}`);
  assert.equal(r.gazetteer.countryAt(north.lat, north.lon), 'SYR');
});
