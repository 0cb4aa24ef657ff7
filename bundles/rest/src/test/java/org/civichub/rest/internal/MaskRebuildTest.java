package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civichub.model.IdNumber;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tries, as an attacker with a worker's or operator's account (no {@code id-full}) would, to rebuild
 * full ID numbers from everything one answer shows: every masked number is combined with every date
 * and every year found anywhere in the same answer, and each candidate that passes the GB 11643 check
 * is compared with the real numbers.
 */
class MaskRebuildTest {

    private static final Pattern MASKED = Pattern.compile("(\\d{6})\\*{8}(\\d{3}[0-9X])");
    private static final Pattern DATE = Pattern.compile(
            "((?:18|19|20)\\d{2})[-/.年]?(\\d{1,2})[-/.月]?(\\d{1,2})");
    private static final Pattern ANY_YEAR_DATE = Pattern.compile(
            "(?<![0-9])([0-9]{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})(?![0-9])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:18|19|20)\\d{2})(?!\\d)");

    private final TestApi api = new TestApi();
    private final Set<String> realNumbers = Set.of(Fixtures.ZHANG.idNumber().value(), Fixtures.LI.idNumber().value(),
            Fixtures.WANG.idNumber().value(), Fixtures.QUARANTINED_ID, "350203198001011111");

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void noAnswerToAWorkerLetsAFullNumberBeRebuilt() {
        for (String path : List.of("/residents", "/residents?q=%E5%BC%A0", "/residents/" + Fixtures.ZHANG.id(),
                "/residents?q=35020319900307", "/residents?q=" + Fixtures.ZHANG.idNumber().value())) {
            attack(api.get(path, "wang"), path);
        }
    }

    @Test
    void tagsThatStartOnABirthdayDoNotGiveTheBirthDateAway() {
        org.civichub.model.Resident z = Fixtures.ZHANG;
        LocalDate birth = z.idNumber().birthDate();
        org.civichub.model.PersonFragment.Builder b = org.civichub.model.PersonFragment.from(new org.civichub.model.Provenance(
                "health", "health/births/B1", "1", java.time.Instant.parse("2024-03-04T08:34:50Z"))).idNumber(z.idNumber());
        b.tag(new org.civichub.model.Tag(org.civichub.model.TagKind.NEWBORN, org.civichub.model.TagStatus.ACTIVE, null, null,
                birth, null));
        b.tag(new org.civichub.model.Tag(org.civichub.model.TagKind.ELDERLY_CARE, org.civichub.model.TagStatus.ACTIVE, null,
                null, birth.plusYears(80), null));
        b.tag(new org.civichub.model.Tag(org.civichub.model.TagKind.SUBSISTENCE, org.civichub.model.TagStatus.ACTIVE, null,
                null, LocalDate.of(2016, 1, 10), null));
        api.residents.add(z.merge(b.build()));

        Reply reply = api.get("/residents/" + z.id(), "wang");
        attack(reply, "a resident with birthday tags");
        assertThat(reply.body()).as("other tag dates stay").contains("2016-01-10");
        assertThat(api.get("/residents/" + z.id() + "?reveal=idNumber", "li").body()).contains(birth.toString());
    }

    @Test
    void aBirthDateWrittenWithAWrongYearDoesNotGiveTheMonthAndDayAway() {
        org.civichub.model.Resident z = Fixtures.ZHANG;
        LocalDate birth = z.idNumber().birthDate();
        org.civichub.model.Resident typo = z.merge(org.civichub.model.PersonFragment.from(new org.civichub.model.Provenance(
                "labour", "labour/employment/E1", "v1", java.time.Instant.parse("2024-03-04T08:34:50Z")))
                .idNumber(z.idNumber()).name("张三").birthDate(birth.withYear(birth.getYear() + 1000)).build());
        api.residents.add(typo.withConflicts(List.of(new org.civichub.model.Conflict("birthDate",
                org.civichub.model.Conflict.on("birthDate", typo.claims()), List.of("labour/police"), null))));

        Reply resident = api.get("/residents/" + z.id(), "wang");
        assertThat(resident.body()).as("the conflict is shown").contains(String.valueOf(birth.getYear() + 1000));
        attack(resident, "a resident with a birth date written with a wrong year");
        attack(api.get("/conflicts", "wang"), "/conflicts");
    }

    @Test
    void noQuarantineAnswerToAnOperatorLetsAFullNumberBeRebuilt() {
        Reply list = api.get("/quarantine", "ops");
        attack(list, "/quarantine");
        list.json().get("items").forEach(i -> attack(api.get("/quarantine/" + i.get("id").asText(), "ops"),
                "/quarantine/{id}"));
    }

    @Test
    void problemDetailsDoNotEchoNumbersOrDates() {
        Reply bad = api.get("/residents?community=" + Fixtures.ZHANG.idNumber().value() + "19900307", "wang");
        assertThat(bad.status()).isEqualTo(400);
        attack(bad, "a 400");
        assertThat(bad.body()).doesNotContain("19900307");
    }

    @Test
    void theAttackWorksOnAnAnswerThatShowsTheBirthDate() {
        Reply full = api.get("/residents/" + Fixtures.ZHANG.id() + "?reveal=idNumber", "li");
        String masked = Fixtures.ZHANG.idNumber().masked() + " " + full.json().get("birthDate").get("value").asText();
        assertThat(rebuilt(masked)).as("the attack itself must be able to succeed")
                .contains(Fixtures.ZHANG.idNumber().value());
    }

    private void attack(Reply reply, String what) {
        assertThat(reply.status()).as(what).isLessThan(500);
        for (String real : realNumbers) {
            assertThat(reply.body()).as(what).doesNotContain(real);
            LocalDate birth = LocalDate.parse(real.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
            for (String style : List.of("yyyyMMdd", "yyyy-MM-dd", "yyyy/M/d", "yyyy年M月d日")) {
                assertThat(reply.body()).as(what + " shows a birth date").doesNotContain(
                        birth.format(DateTimeFormatter.ofPattern(style)));
            }
        }
        assertThat(rebuilt(reply.body())).as(what).doesNotContainAnyElementsOf(realNumbers);
        assertThat(candidatesFromYears(reply.body())).as(what + ": numbers left to guess per masked number")
                .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
    }

    /**
     * Every number the answer pins down exactly: a masked number with a date found beside it, or with
     * the month and day of any date (its year may be written wrong) and any year found beside it.
     */
    private static Set<String> rebuilt(String body) {
        Set<String> years = new LinkedHashSet<>();
        Matcher y = YEAR.matcher(body);
        while (y.find()) {
            years.add(y.group(1));
        }
        Set<String> monthDays = new LinkedHashSet<>();
        Matcher any = ANY_YEAR_DATE.matcher(body);
        while (any.find()) {
            monthDays.add(two(any.group(2)) + two(any.group(3)));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String[] m : masked(body)) {
            Matcher d = DATE.matcher(body);
            while (d.find()) {
                add(out, m, d.group(1) + two(d.group(2)) + two(d.group(3)));
            }
            for (String year : years) {
                for (String monthDay : monthDays) {
                    add(out, m, year + monthDay);
                }
            }
        }
        return out;
    }

    private static void add(Set<String> out, String[] masked, String birth) {
        String first17 = masked[0] + birth + masked[1].substring(0, 3);
        if (first17.matches("\\d{17}") && IdNumber.checkCharacter(first17) == masked[1].charAt(3)) {
            out.add(first17 + masked[1].charAt(3));
        }
    }

    /** For each masked number and each year in the answer, how many numbers of that year pass the check. */
    private static List<Integer> candidatesFromYears(String body) {
        List<Integer> counts = new ArrayList<>();
        for (String[] m : masked(body)) {
            Matcher y = YEAR.matcher(body);
            while (y.find()) {
                int year = Integer.parseInt(y.group(1));
                int n = 0;
                for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                    String first17 = m[0] + d.format(DateTimeFormatter.BASIC_ISO_DATE) + m[1].substring(0, 3);
                    if (IdNumber.checkCharacter(first17) == m[1].charAt(3)) {
                        n++;
                    }
                }
                counts.add(n);
            }
        }
        return counts;
    }

    private static List<String[]> masked(String body) {
        List<String[]> out = new ArrayList<>();
        Matcher m = MASKED.matcher(body);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    private static String two(String s) {
        return s.length() == 1 ? "0" + s : s;
    }
}
