/**
 * The EDL sequencer vocabulary: phases in flight order, named events, triggers as switching
 * functions and transitions as data. Pitfall: a trigger fires on a falling crossing of g; a condition
 * that already holds when its arc starts never changes sign, so the simulator also tests g at arc start.
 */
package org.skycrane.flight;
