// The analyses as the HTTP API and the CLI use them: plain functions over any Store (SQLite or
// PostgreSQL), and the pure functions under them for stories already at hand.
export { selectStories, type StoryFilter } from './storySelection.ts';
export { streamStories, streamStoriesOf } from './storySource.ts';
export { mergeReports, mergeGroup, type MergeOptions } from './reportMerger.ts';
export { dyadTimeline, dyadTimelineFromStore, type DyadTimeline, type DyadTimelineOptions, type TimelinePoint } from './dyadTimeline.ts';
export { alignmentNetwork, alignmentNetworkFromStore, type AlignmentNetwork, type NetworkEdge, type NetworkNode, type NetworkOptions, type Adversary } from './alignmentNetwork.ts';
export { rankShifts, shiftsFromStore, type Shift, type ShiftOptions } from './shiftRanker.ts';
export { parseStatuses, STATUSES, DEFAULT_STATUSES } from './statusSelection.ts';
export { GRANULARITIES, isDateBound, type Granularity } from './periods.ts';
export type { Report, Story, StoryActor, StoryPlace } from './story.ts';
