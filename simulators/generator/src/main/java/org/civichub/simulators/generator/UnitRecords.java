package org.civichub.simulators.generator;

/** Writes one department file's records about the people of one household or floating group. */
interface UnitRecords {

    void write(Unit unit);
}
