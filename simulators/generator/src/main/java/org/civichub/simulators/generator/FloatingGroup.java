package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * Floating population (流动人口) living together: registered in their home county, holding residence
 * permits here.
 *
 * @param homeAddress the registered address back home (HJDZ), e.g. 河南省信阳市固始县陈集镇王营村3组
 * @param arrival     the day they registered here if during the period, otherwise {@code null}
 */
record FloatingGroup(List<Resident> residents, OriginCounty origin, String homeAddress, HomeAddress residence,
                     LocalDate arrival) implements Unit {

    FloatingGroup {
        residents = List.copyOf(residents);
    }

    @Override
    public HomeAddress residenceOn(LocalDate day) {
        return residence;
    }
}
