/**
 * Bounds the API keeps whatever the graph's size, shared so that the server enforces them and the explorer can
 * explain them in the same words.
 */

/**
 * An entity with more relationships than this is a hub: a neighbourhood expands only its first HUB_DEGREE_CAP + 1
 * matching neighbours (and says `sampled`), and degrees that order an answer are counted up to it.
 */
export const HUB_DEGREE_CAP = 2000;
