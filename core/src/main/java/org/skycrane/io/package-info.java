/**
 * The boundary with files: scenario YAML in (every error with file, line and field), summary.json and
 * trajectory.csv out (units in every key and header) and the published reference timelines.
 */
package org.skycrane.io;
