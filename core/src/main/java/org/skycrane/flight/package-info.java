/**
 * The EDL sequencer of the flight software: phases in flight order, named events, the onboard view
 * a decision reads, triggers as switching functions on it, and transitions (trigger plus effect) as
 * rows of a table. Like gnc, it sees no truth (an ArchUnit rule keeps it so). Pitfall: a trigger
 * fires on a falling crossing of g; a condition that already holds when its arc starts never changes
 * sign, so the simulator also tests g at arc start.
 */
package org.skycrane.flight;
