package org.skycrane.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skycrane.stats.WorstCases.Entry;

class WorstCasesTest {

    @Test
    void keepsTheLargestValuesWorstFirst() {
        WorstCases worst = WorstCases.largest(3);
        double[] values = {5, 1, 9, 7, 3, 8};
        for (int i = 0; i < values.length; i++) {
            worst.offer(i, values[i]);
        }
        assertThat(worst.worst()).containsExactly(new Entry(2, 9), new Entry(5, 8), new Entry(3, 7));
    }

    @Test
    void keepsTheSmallestValuesWhenSmallIsWorst() {
        WorstCases worst = WorstCases.smallest(2);
        double[] propellantLeft = {40, 12.5, 80, 3.25, 12.5};
        for (int i = 0; i < propellantLeft.length; i++) {
            worst.offer(100 + i, propellantLeft[i]);
        }
        assertThat(worst.worst()).containsExactly(new Entry(103, 3.25), new Entry(101, 12.5));
    }

    @Test
    void tiesGoToTheSmallerCaseNumber() {
        WorstCases worst = WorstCases.largest(2);
        worst.offer(30, 1.0);
        worst.offer(10, 1.0);
        worst.offer(20, 1.0);
        assertThat(worst.worst()).containsExactly(new Entry(10, 1.0), new Entry(20, 1.0));
    }

    /** Many ties and any arrival order or split into threads: always the same cases. */
    @Test
    void resultDoesNotDependOnArrivalOrderOrMerging() {
        List<Entry> cases = new ArrayList<>();
        for (int id = 0; id < 5000; id++) {
            cases.add(new Entry(id, (id * 7919) % 50));   // only 50 distinct values: many ties
        }
        WorstCases reference = WorstCases.largest(25);
        cases.forEach(c -> reference.offer(c.caseId(), c.value()));

        Random random = new Random(1L);
        for (int trial = 0; trial < 20; trial++) {
            Collections.shuffle(cases, random);
            List<WorstCases> threads = List.of(WorstCases.largest(25), WorstCases.largest(25), WorstCases.largest(25));
            for (int i = 0; i < cases.size(); i++) {
                threads.get(random.nextInt(3)).offer(cases.get(i).caseId(), cases.get(i).value());
            }
            WorstCases merged = WorstCases.largest(25);
            List<WorstCases> order = new ArrayList<>(threads);
            Collections.shuffle(order, random);
            order.forEach(merged::merge);

            assertThat(merged.worst()).isEqualTo(reference.worst());
        }
        assertThat(reference.worst()).hasSize(25).allSatisfy(e -> assertThat(e.value()).isEqualTo(49.0));
    }

    @Test
    void fewerCasesThanCapacityAreAllKept() {
        WorstCases worst = WorstCases.largest(10);
        worst.offer(1, 2.0);
        worst.offer(2, -1.0);
        assertThat(worst.size()).isEqualTo(2);
        assertThat(worst.worst()).containsExactly(new Entry(1, 2.0), new Entry(2, -1.0));
    }

    @Test
    void nanAndMixedRankingsAreRefused() {
        WorstCases worst = WorstCases.largest(1);
        assertThatThrownBy(() -> worst.offer(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> worst.merge(WorstCases.smallest(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorstCases.largest(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
