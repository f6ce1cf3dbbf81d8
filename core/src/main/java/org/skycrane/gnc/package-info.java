/**
 * Flight software: guidance, the sky crane and touchdown detection, the onboard models and mass
 * estimate. It reads only its navigation solution, its onboard models (built from the nominal
 * scenario and handed in) and its own decisions, never the truth (an ArchUnit rule keeps it so).
 * Pitfall: it runs at its own fixed rate; nothing here may be called from a derivative function.
 */
package org.skycrane.gnc;
