/**
 * Guidance laws: Apollo-heritage entry guidance with its reference trajectory, polynomial powered
 * descent and velocity hold. Pitfall: the entry guidance is stateful (bank sign, reversals); use
 * one instance per flight.
 */
package org.skycrane.gnc.guidance;
