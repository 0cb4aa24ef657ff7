package org.civichub.simulators.generator;

/**
 * How an address is written. Examples for one dwelling:
 * <ul>
 *   <li>{@code FULL}: 福建省厦门市思明区鹭江街道大同社区大同路123号5栋2单元301室</li>
 *   <li>{@code CITY}: 厦门市思明区大同路123号5号楼2单元301室</li>
 *   <li>{@code DISTRICT}: 思明区大同路123号5-2-301</li>
 *   <li>{@code STREET}: 鹭江街道大同社区大同路123号5栋2单元301</li>
 * </ul>
 */
enum AddressStyle {
    FULL, CITY, DISTRICT, STREET
}
