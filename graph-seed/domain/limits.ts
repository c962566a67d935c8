/**
 * Bounds the API keeps whatever the graph's size, shared so that the server enforces them and the explorer can
 * explain them in the same words.
 */

/**
 * An entity with more relationships than this is a hub: a neighbourhood expands only a sample of its neighbours, as
 * many as it can show, and says `sampled`.
 */
export const HUB_DEGREE_CAP = 1000;
