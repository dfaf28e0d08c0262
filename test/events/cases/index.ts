// All event-coding table cases, in the order the test runs them.
import { rootCases } from './roots.ts';
import { structureCases } from './structure.ts';
import { modalityCases } from './modality.ts';
import { reportedCases } from './reported.ts';
import { noEventCases } from './noEvent.ts';
import { targetCases } from './targets.ts';
import type { Case } from './types.ts';

export type { Case, Category, Expect } from './types.ts';
export const cases: Case[] = [...rootCases, ...structureCases, ...modalityCases, ...reportedCases, ...targetCases, ...noEventCases];
