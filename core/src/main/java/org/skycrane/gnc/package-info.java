/**
 * Flight software: navigation, entry and powered-descent guidance, sky-crane control and touchdown
 * detection. It reads only the navigated state and never sees truth (an ArchUnit rule keeps it so).
 * Pitfall: it runs at its own fixed rate; nothing here may be called from a derivative function.
 */
package org.skycrane.gnc;
