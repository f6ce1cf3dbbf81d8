/**
 * The truth side of what the flight software measures: models that turn the true motion into the
 * navigation solution (and, in time, individual sensors' measurements). Pitfall: the flight software
 * may depend on the types it receives (NavState), never on anything here.
 */
package org.skycrane.sensors;
