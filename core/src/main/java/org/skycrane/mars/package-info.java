/**
 * Mars: gravity (GM and J2), rotation, the atmosphere (Mars-GRAM tables or exponential) and the
 * datums. Pitfall: altitude is above the areoid radius of the landing site (the Mars-GRAM profile
 * datum), not above the ground; height above ground is measured from the site surface.
 */
package org.skycrane.mars;
