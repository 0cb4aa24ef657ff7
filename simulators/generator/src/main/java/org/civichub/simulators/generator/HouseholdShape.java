package org.civichub.simulators.generator;

/**
 * The kinds of registered household and how common they are (weights in percent, roughly the mix of
 * an urban Chinese district: many nuclear families, many elderly couples, some three-generation
 * homes), with the age range and sex of the head and who else lives there.
 */
enum HouseholdShape {
    SINGLE_YOUNG(12, 20, 39, 0.55, 0.0, 0, 0, 0, false),
    SINGLE_ELDERLY(8, 60, 95, 0.35, 0.0, 0, 0, 0, false),
    COUPLE_YOUNG(8, 23, 39, 0.8, 1.0, 0, 0, 0, false),
    COUPLE_OLDER(14, 50, 90, 0.8, 1.0, 0, 0, 0, false),
    NUCLEAR(33, 26, 55, 0.8, 1.0, 1, 3, 0, false),
    SINGLE_PARENT(5, 28, 55, 0.3, 0.0, 1, 2, 0, false),
    THREE_GENERATIONS(15, 28, 50, 0.8, 1.0, 1, 2, 2, false),
    ELDERLY_WITH_ADULT_CHILD(5, 55, 85, 0.75, 0.8, 0, 0, 0, true);

    final double weight;
    final int minHeadAge;
    final int maxHeadAge;
    final double maleHeadShare;
    final double spouseShare;
    final int minChildren;
    final int maxChildren;
    final int maxParents;
    final boolean adultChildFamily;

    HouseholdShape(double weight, int minHeadAge, int maxHeadAge, double maleHeadShare, double spouseShare,
                   int minChildren, int maxChildren, int maxParents, boolean adultChildFamily) {
        this.weight = weight;
        this.minHeadAge = minHeadAge;
        this.maxHeadAge = maxHeadAge;
        this.maleHeadShare = maleHeadShare;
        this.spouseShare = spouseShare;
        this.minChildren = minChildren;
        this.maxChildren = maxChildren;
        this.maxParents = maxParents;
        this.adultChildFamily = adultChildFamily;
    }

    /** Whether a young couple of this shape may have a baby during the period. */
    boolean mayHaveBaby() {
        return this == COUPLE_YOUNG || this == NUCLEAR || this == THREE_GENERATIONS;
    }
}
