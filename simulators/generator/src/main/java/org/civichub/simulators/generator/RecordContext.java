package org.civichub.simulators.generator;

/** What every department's record writer shares: where records go, the flaws, the clock, the dice. */
record RecordContext(DatasetSink sink, Messer messer, Timeline timeline, District district, Dice dice) {
}
