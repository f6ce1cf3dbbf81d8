package org.skycrane.gnc;

import java.util.EnumMap;
import java.util.Map;
import org.skycrane.flight.EdlEvent;
import org.skycrane.flight.History;

/**
 * The flight software's own mass estimate: the nominal mass at entry interface, less the nominal
 * mass of the hardware each of its decisions jettisons, less the propellant its own thrust commands
 * have burnt. It never reads the true mass.
 *
 * @param entryMass  nominal mass at entry interface (kg)
 * @param jettisoned nominal mass each decided event leaves behind (kg)
 */
public record MassModel(double entryMass, Map<EdlEvent, Double> jettisoned) {

    public MassModel {
        jettisoned = Map.copyOf(jettisoned.isEmpty() ? new EnumMap<>(EdlEvent.class) : jettisoned);
    }

    /** Believed mass (kg) after the decisions in {@code history} and {@code propellantUsed} (kg). */
    public double mass(History history, double propellantUsed) {
        double mass = entryMass - propellantUsed;
        for (Map.Entry<EdlEvent, Double> e : jettisoned.entrySet()) {
            if (history.has(e.getKey())) {
                mass -= e.getValue();
            }
        }
        return mass;
    }
}
