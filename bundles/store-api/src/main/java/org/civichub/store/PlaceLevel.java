package org.civichub.store;

/** What residents are counted by in a {@link Place}: the level below it in the grid. */
public enum PlaceLevel {
    /** The division code of the address (as long as the address gives it). */
    DIVISION,
    /** The building: road, house number and building (楼栋). */
    BUILDING,
    UNIT,
    FLOOR,
    ROOM
}
