/**
 * The boundary with files: scenario YAML in (every error with file, line and field), summary.json and
 * trajectory.csv out (units in every key and header), the published reference timelines, Earth view.
 */
package org.skycrane.io;
