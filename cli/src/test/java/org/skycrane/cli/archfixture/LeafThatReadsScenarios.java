package org.skycrane.cli.archfixture;

import org.skycrane.scenario.Scenario;

/** Breaks "a leaf module uses no other Skycrane module": a canopy or Earth-view class that reads a core scenario. */
public final class LeafThatReadsScenarios {

    private LeafThatReadsScenarios() {
    }

    public static String name(Scenario scenario) {
        return scenario.name();
    }
}
