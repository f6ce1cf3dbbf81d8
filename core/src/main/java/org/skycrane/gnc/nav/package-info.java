/**
 * Navigation: what flight software believes. Today truth or truth plus a constant knowledge error,
 * behind an interface an inertial navigation filter will implement.
 */
package org.skycrane.gnc.nav;
