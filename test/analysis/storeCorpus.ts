// A small coded corpus for the analyses over a real store: US–Turkey cooperation then a threat, Turkey
// and Iran cooperating against the PKK and PJAK, one bombing reported by two outlets and denied by a
// third. Built with the store tests' article builder, so every span is a real span of its text.
import type { ActorRef } from '../../src/core/types.ts';
import { buildArticle, TUR, USA, type Coded } from '../store/fixtures.ts';

export const IRN: ActorRef = { id: 'IRN', type: 'state', name: 'Iran' };
export const PKK: ActorRef = { id: 'PKK', type: 'group', name: 'PKK' };
export const PJAK: ActorRef = { id: 'PJAK', type: 'group', name: 'PJAK' };
export const ISIS: ActorRef = { id: 'ISIS', type: 'group', name: 'Islamic State' };

const day = (date: string) => ({ date, datePrecision: 'day' as const, dateSource: 'text' as const });
const month = (date: string) => ({ date, datePrecision: 'month' as const, dateSource: 'text' as const });
const cooperation = (goldstein: number) => ({ quad: 1, goldstein });
const attack = { quad: 4, goldstein: -10, plover: { type: 'ASSAULT', context: 'military' } };

export function analysisCorpus(): Coded[] {
  return [
    buildArticle(
      'k1',
      'Turkey and Iran agreed to cooperate against the PKK and PJAK. Turkey shelled the PKK. Turkey will strike PJAK.',
      [
        { source: TUR, target: IRN, cameo: '030', trigger: 'agreed', ...cooperation(4), ...day('2017-08-15'), plover: { type: 'AGREE' } },
        { source: TUR, target: PKK, cameo: '190', trigger: 'shelled', ...attack, ...day('2017-08-16') },
        { source: TUR, target: PJAK, cameo: '190', trigger: 'strike', ...attack, status: 'future', statusCue: 'will', ...month('2017-09') },
      ],
      { outlet: 'Daily A' },
    ),
    buildArticle(
      'k2',
      'Iran shelled the PKK. Iran bombed PJAK.',
      [
        { source: IRN, target: PKK, cameo: '190', trigger: 'shelled', ...attack, ...day('2017-08-16') },
        { source: IRN, target: PJAK, cameo: '195', trigger: 'bombed', ...attack, ...day('2017-08-20') },
      ],
      { outlet: 'Daily B' },
    ),
    buildArticle('k3', 'Turkey hit the PKK again.', [{ source: TUR, target: PKK, cameo: '190', trigger: 'hit', ...attack, ...day('2017-08-17') }], {
      outlet: 'Daily A',
    }),
    buildArticle(
      'k4',
      'The United States met Turkey in Ankara, a leader said, "with care".',
      [
        {
          source: USA,
          target: TUR,
          cameo: '040',
          trigger: 'met',
          ...cooperation(1),
          ...day('2016-10-21'),
          place: { name: 'Ankara', lat: 39.91987, lon: 32.85427, country: 'TUR', geonameid: 323786 },
          plover: { type: 'CONSULT', mode: 'visit', context: 'diplomatic' },
        },
      ],
      { outlet: 'Wire C' },
    ),
    buildArticle('k5', 'The United States threatened Turkey.', [{ source: USA, target: TUR, cameo: '130', trigger: 'threatened', quad: 3, goldstein: -4.4, ...day('2016-11-01'), plover: { type: 'THREATEN' } }], {
      outlet: 'Wire D',
    }),
    buildArticle('s1', 'Islamic State bombed a town in July.', [{ source: ISIS, target: null, cameo: '1831', trigger: 'bombed', ...attack, ...month('2015-07') }], {
      outlet: 'Daily B',
    }),
    buildArticle('s2', 'Islamic State attacked Turkey.', [{ source: { ...ISIS, role: 'INS' }, target: TUR, cameo: '1831', trigger: 'attacked', ...attack, ...day('2015-07-20') }], {
      outlet: 'Wire C',
    }),
    buildArticle(
      's3',
      'Islamic State did not attack Turkey.',
      [{ source: ISIS, target: TUR, cameo: '1831', trigger: 'attack', ...attack, status: 'negated', statusCue: 'did not', ...day('2015-07-20') }],
      { outlet: 'Wire D' },
    ),
    buildArticle('s4', 'Turkey appealed to the United States.', [{ source: TUR, target: USA, cameo: '020', trigger: 'appealed', quad: 1, goldstein: 3, ...day('2016-10-22') }], {
      outlet: 'Wire C',
    }),
  ];
}
