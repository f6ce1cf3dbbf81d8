/**
 * Navigation: the flight software's navigation solution. Pitfall: today the solution is modelled
 * on the truth side (org.skycrane.sensors) and handed in; nothing here may read the truth itself.
 */
package org.skycrane.gnc.nav;
