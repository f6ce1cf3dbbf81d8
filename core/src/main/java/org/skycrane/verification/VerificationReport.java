package org.skycrane.verification;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Check-case comparisons as a text table (for a command line to print) and as JSON (keys carry their
 * unit; where one field holds values of several quantities, a sibling {@code unit} names it).
 */
public final class VerificationReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private VerificationReport() {
    }

    /** Whether every case passes. */
    public static boolean passes(List<CaseComparison> cases) {
        return cases.stream().allMatch(CaseComparison::passes);
    }

    /**
     * One row per case and quantity: the family, Skycrane's largest difference from the median, when,
     * the family's spread and the floor at that time, the family's largest spread, the largest share
     * of the allowed difference (the larger of spread and floor) that Skycrane uses and when, pass or
     * fail; then each tool set aside, with its reason.
     */
    public static String table(List<CaseComparison> cases) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-4s %-18s %-5s %-14s %10s %5s %10s %10s %10s %8s %5s  %s%n", "case",
                "quantity", "unit", "family (sim_)", "max |Δ|", "at s", "spread", "floor", "max spread",
                "worst Δ/a", "at s", "result"));
        for (CaseComparison c : cases) {
            for (QuantityComparison q : c.quantities()) {
                int i = q.indexOfMaxDifference();
                int w = q.indexOfWorstRatio();
                out.append(String.format(Locale.ROOT, "%-4d %-18s %-5s %-14s %10.3e %5.1f %10.3e %10.3e %10.3e %8.3f %5.1f  %s%n",
                        c.checkCase().number(), q.quantity().label(), q.quantity().unit(),
                        String.join(" ", q.family().stream().map(t -> t.replace("sim_", "")).toList()),
                        q.difference(i), q.time(i), q.spread(i), q.floor(i), q.maxSpread(), q.ratio(w), q.time(w),
                        q.passes() ? "pass" : "FAIL"));
            }
            for (Exclusion e : c.exclusions()) {
                out.append(String.format(Locale.ROOT, "     case %d: %s set aside from %s: %s%n", c.checkCase().number(),
                        e.tool(), e.scope(), e.reason()));
            }
        }
        out.append(passes(cases) ? "all cases pass" : "some cases FAIL").append(System.lineSeparator());
        return out.toString();
    }

    /** The comparisons as JSON; with {@code series}, every quantity carries its per-time values too. */
    public static ObjectNode toJson(List<CaseComparison> cases, boolean series) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("passed", passes(cases));
        ArrayNode list = root.putArray("cases");
        for (CaseComparison c : cases) {
            ObjectNode node = list.addObject();
            node.put("case", c.checkCase().number());
            node.put("title", c.checkCase().title());
            node.put("passed", c.passes());
            ArrayNode excluded = node.putArray("excluded");
            for (Exclusion e : c.exclusions()) {
                excluded.addObject().put("tool", e.tool()).put("scope", e.scope()).put("reason", e.reason());
            }
            ArrayNode quantities = node.putArray("quantities");
            for (QuantityComparison q : c.quantities()) {
                int i = q.indexOfMaxDifference();
                int w = q.indexOfWorstRatio();
                ObjectNode qn = quantities.addObject();
                qn.put("quantity", q.quantity().key());
                qn.put("unit", q.quantity().unit());
                ArrayNode family = qn.putArray("family");
                q.family().forEach(family::add);
                qn.put("max_difference", q.difference(i));
                qn.put("time_of_max_difference_s", q.time(i));
                qn.put("spread_at_max_difference", q.spread(i));
                qn.put("floor_at_max_difference", q.floor(i));
                qn.put("max_spread", q.maxSpread());
                qn.put("worst_ratio", q.ratio(w));
                qn.put("time_of_worst_ratio_s", q.time(w));
                qn.put("floor_at_worst_ratio", q.floor(w));
                qn.put("passed", q.passes());
                if (series) {
                    ObjectNode s = qn.putObject("series");
                    ArrayNode t = s.putArray("t_s");
                    ArrayNode median = s.putArray("median");
                    ArrayNode spread = s.putArray("spread");
                    ArrayNode sky = s.putArray("skycrane");
                    ArrayNode floor = s.putArray("floor");
                    for (int k = 0; k < q.size(); k++) {
                        t.add(q.time(k));
                        median.add(q.median(k));
                        spread.add(q.spread(k));
                        sky.add(q.skycrane(k));
                        floor.add(q.floor(k));
                    }
                }
            }
        }
        return root;
    }
}
