/**
 * Scenario files as validated records: values as written (units in the key names), converted to SI
 * domain models by their methods. Pitfall: validation throws FieldException naming the field; the
 * reader adds the path and line.
 */
package org.skycrane.scenario;
