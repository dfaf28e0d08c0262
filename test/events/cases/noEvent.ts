// Sentences that must yield no occurred event with a target: weather, sport, culture, business without
// political actors, and names or words that look like triggers. Written for this test.
import { PUBLISHED, type Case, type Category, type Expect } from './types.ts';

const c = (category: Category, text: string, expect: Expect[] = [], extra: Partial<Case> = {}): Case => ({ text, published: PUBLISHED, expect, category, ...extra });

export const noEventCases: Case[] = [
  c('no-event', 'Heavy rain flooded streets in Istanbul on Tuesday.'),
  c('no-event', 'Strike Force Security Ltd opened a new office in Ankara.'),
  c('no-event', 'The meeting room at the Tehran hotel was renovated last year.'),
  c('no-event', 'A visit to the museum in Baghdad was enjoyable, the tourists said.'),
  c('no-event', 'Turkey beat Iran 2-1 in a friendly football match in Istanbul.'),
  c('no-event', 'The Russian ballet company performed Swan Lake in Paris.'),
  c('no-event', 'Oil prices fell two percent on Monday amid worries about global demand.'),
  c('no-event', 'An Iranian film won the top prize at a festival in Berlin.'),
  c('no-event', 'Temperatures in Baghdad reached 50 degrees Celsius on Sunday.'),
  c('no-event', 'A German tourist fell ill during a boat trip on the Nile.'),
  c('no-event', 'The Turkish lira gained against the dollar on Friday.'),
  c('no-event', 'Chinese scientists launched a satellite to study dark matter.'),
  c('no-event', 'The Israeli team won the European basketball championship.'),
  c('no-event', 'A Russian chess grandmaster defeated his Indian rival in the final round.'),
  c('no-event', 'The flight from Chicago landed safely in London after a delay.'),
  c('no-event', 'Tickets for the Iranian orchestra\'s concert in Vienna sold out within hours.'),
  c('no-event', 'Car exports rose by five percent in April, the industry association said.'),
  c('no-event', 'The central bank kept interest rates unchanged on Thursday.'),
  c('no-event', 'A strike by teachers closed schools across the region for a day.'),
  c('no-event', 'The new museum of modern art will open its doors in Doha next year.'),
  c('no-event', 'The talk show host interviewed a famous Turkish singer.'),
  c('no-event', 'Firefighters battled a forest fire near Izmir for three days.'),
  c('no-event', 'A Syrian refugee family opened a bakery in Berlin.'),
  c('no-event', 'An Egyptian archaeologist discovered an ancient tomb near Luxor.'),
  c('no-event', 'The French striker scored twice against Germany in the friendly.'),
  c('no-event', 'Russian tourists returned to Turkish beaches this summer.'),
  c('no-event', 'The bomb disposal robot won an engineering award in Japan.'),
  c('no-event', 'Washington Irving\'s stories remain popular in Britain.'),
  c('no-event', 'The Turkish Airlines crew welcomed passengers from Iran aboard the new aircraft.', []),
  c('no-event', 'A Pakistani cricket team toured India for the first time in years.', [], { todo: 'sports team taken as the state: false PAK→IND 042' }),
  c('no-event', 'The American actor attacked the French director\'s script in an interview.', [], { todo: 'any person with a demonym acts as the state: false USA→FRA 190' }),
  c('no-event', 'Hundreds of Iranian fans celebrated in Tehran after the victory over South Korea.'),
  c('no-event', 'The Italian chef shared his recipes with Japanese students in Rome.'),
  c('no-event', 'Saudi investors bought a luxury hotel in London for 300 million pounds.'),
];
